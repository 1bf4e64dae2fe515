/** The server's settings, from environment variables (design.md "The RCML Studio server"). */
export interface StudioSettings {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly publicOrigin: string | undefined;
  readonly staticDir: string;
}

export const DEFAULT_PORT = 5173;
export const DEFAULT_HOST = '127.0.0.1';

type Environment = Readonly<Record<string, string | undefined>>;

const given = (value: string | undefined) =>
  value === undefined || value === '' ? undefined : value;

export function settingsFrom(env: Environment): StudioSettings {
  const port = Number(given(env.PORT) ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a port number (0 to 65535), not "${env.PORT}".`);
  }
  const publicOrigin = given(env.PUBLIC_ORIGIN);
  if (publicOrigin !== undefined && !/^https?:\/\/[^/]+\/?$/.test(publicOrigin)) {
    throw new Error(
      `PUBLIC_ORIGIN must be an origin such as https://studio.example.com, not "${publicOrigin}".`,
    );
  }
  return {
    port,
    host: given(env.HOST) ?? DEFAULT_HOST,
    dataDir: given(env.RCML_DATA_DIR) ?? 'data',
    databaseUrl: given(env.DATABASE_URL),
    publicOrigin: publicOrigin?.replace(/\/$/, ''),
    staticDir: given(env.RCML_STATIC_DIR) ?? 'dist',
  };
}

/** The address the server listens on, as a URL. */
export function listeningAddress({ host }: StudioSettings, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
