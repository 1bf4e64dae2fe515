import { DEFAULT_CALL_DAYS } from './services/policy';

/** The server's settings, from environment variables (design.md "The RCML Studio server"). */
export interface StudioSettings {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly publicOrigin: string | undefined;
  readonly staticDir: string;
  /** How many days call counts are kept (RCML_CALL_DAYS, default 30). */
  readonly callDays: number;
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
  const callDays = Number(given(env.RCML_CALL_DAYS) ?? DEFAULT_CALL_DAYS);
  if (!Number.isInteger(callDays) || callDays < 1 || callDays > 3650) {
    throw new Error(
      `RCML_CALL_DAYS must be a number of days (1 to 3650), not "${env.RCML_CALL_DAYS}".`,
    );
  }
  return {
    port,
    host: given(env.HOST) ?? DEFAULT_HOST,
    dataDir: given(env.RCML_DATA_DIR) ?? 'data',
    databaseUrl: given(env.DATABASE_URL),
    publicOrigin: publicOrigin?.replace(/\/$/, ''),
    staticDir: given(env.RCML_STATIC_DIR) ?? 'dist',
    callDays,
  };
}

/** The address the server listens on, as a URL. */
export function listeningAddress({ host }: StudioSettings, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
