/**
 * From the URLs documents write (the flow's base URL and a name, or a bare name) to the flow
 * server's routes. Relative URLs resolve against the URL of the document that holds them, as the
 * platforms do.
 */

/** Where documents are served when the flow has no base URL: only paths are ever shown. */
const PLACEHOLDER = 'http://flow.invalid/';

export interface FlowAddresses {
  /** The flow server's root, as a URL. */
  readonly root: URL;
  /** Whether `root` is the flow's own base URL (else URLs are shown as paths). */
  readonly absolute: boolean;
  /** A base URL that is not a URL: the serializer wrote it before names as it is. */
  readonly textPrefix: string | undefined;
}

export function flowAddresses(baseUrl: string): FlowAddresses {
  const base = baseUrl.trim();
  if (!base) return { root: new URL(PLACEHOLDER), absolute: false, textPrefix: undefined };
  try {
    const root = new URL(base.endsWith('/') ? base : `${base}/`);
    if (root.protocol === 'http:' || root.protocol === 'https:') {
      return { root, absolute: true, textPrefix: undefined };
    }
  } catch {
    // Not a URL: handled below.
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return { root: new URL(PLACEHOLDER), absolute: false, textPrefix: prefix };
}

/** The URL a route is requested at: absolute with a base URL, else the path itself. */
export function urlOfPath(addresses: FlowAddresses, path: string): string {
  if (!addresses.absolute) return path;
  return new URL(path.replace(/^\/+/, ''), addresses.root).href;
}

export type Resolved =
  | { readonly inFlow: true; readonly path: string; readonly url: string }
  | { readonly inFlow: false; readonly url: string };

/**
 * Where a URL written in the document at `documentPath` leads: a route of the flow, or a URL
 * elsewhere (which the simulator cannot fetch).
 */
export function resolveUrl(
  addresses: FlowAddresses,
  written: string,
  documentPath: string,
): Resolved {
  let text = written.trim();
  if (addresses.textPrefix && text.startsWith(addresses.textPrefix)) {
    text = text.slice(addresses.textPrefix.length);
  }
  const { root } = addresses;
  const documentUrl = new URL(documentPath.replace(/^\/+/, ''), root);
  let resolved: URL;
  try {
    resolved = new URL(text, documentUrl);
  } catch {
    return { inFlow: false, url: written.trim() };
  }
  if (resolved.origin !== root.origin || !resolved.pathname.startsWith(root.pathname)) {
    return { inFlow: false, url: resolved.href };
  }
  const rest = resolved.pathname.slice(root.pathname.length);
  const path = `/${decoded(rest)}`;
  return { inFlow: true, path, url: addresses.absolute ? resolved.href : path };
}

/** An audio URL as a player needs it: absolute, or undefined when it cannot be known. */
export function absoluteUrl(
  addresses: FlowAddresses,
  written: string,
  documentPath: string,
): string | undefined {
  try {
    const base = addresses.absolute
      ? new URL(documentPath.replace(/^\/+/, ''), addresses.root)
      : undefined;
    const url = new URL(written.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
