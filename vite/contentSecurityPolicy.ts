/**
 * What the page may load: only its own scripts (no inline script, no eval), styles of its own
 * plus inline ones (React's style attributes, CodeMirror's injected sheets), images of its own
 * or data: URLs; no plugins, no <base>, no form posts. Workers fall back to script-src, so only
 * a worker file of our own can start (not a blob: one).
 *
 * Shared by the build (a <meta> in index.html), `vite preview` and the RCML Studio server, which
 * all serve the same page.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The policy as a response header, where `frame-ancestors` (which a <meta> cannot set) also works. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
