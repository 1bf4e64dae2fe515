/**
 * Enfonica signs every VoiceML request (Enfonica docs, "Request signing"):
 *   X-Enfonica-Signature = Base64(HMAC-SHA256(key, UTF-8(originalUrl + X-Enfonica-Event) + body))
 * where the key is the 64 raw bytes whose base64 the Console shows (an 88-character string),
 * originalUrl the full URL with scheme, host, path and query, and body the raw bytes as received.
 * Web Crypto only, so it runs in Node, browsers and serverless runtimes alike.
 */

const encoder = new TextEncoder();

function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const binary = atob(text.trim());
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function toBase64(bytes: Uint8Array): string {
  return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
}

/** The key from the Console's value (base64 of the key's bytes); undefined when it is not base64. */
export async function importEnfonicaKey(consoleValue: string): Promise<CryptoKey | undefined> {
  const raw = fromBase64(consoleValue);
  if (!raw || raw.length === 0) return undefined;
  return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
}

function signedBytes(url: string, event: string, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const head = encoder.encode(url + event);
  const data = new Uint8Array(head.length + body.length);
  data.set(head);
  data.set(body, head.length);
  return data;
}

/** What Enfonica would send for this request; for tests and the simulator. */
export async function enfonicaSignature(
  key: CryptoKey,
  url: string,
  event: string,
  body: Uint8Array,
): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', key, signedBytes(url, event, body));
  return toBase64(new Uint8Array(mac));
}

/** Whether the header is the request's signature; compared in constant time by Web Crypto. */
export async function verifyEnfonicaSignature(
  key: CryptoKey,
  url: string,
  event: string,
  body: Uint8Array,
  header: string | null,
): Promise<boolean> {
  const signature = header ? fromBase64(header) : undefined;
  if (!signature || signature.length !== 32) return false;
  return crypto.subtle.verify('HMAC', key, signature, signedBytes(url, event, body));
}
