// Security headers for every answer, and the Content-Security-Policy for pages (set per request by proxy.ts, which
// mints the nonce that Next puts on its own inline scripts).
const OPENAI_CDN = 'https://cdn.platform.openai.com';

export type SecurityHeaderOptions = {
  /** Per-request nonce for script-src. */
  nonce: string;
  /** The official ChatKit element may load (CHAT_UI is not `builtin`): its script and iframe come from OpenAI's CDN. */
  chatkitElement: boolean;
  /** Served over https (HSTS only then: over http the header would be ignored, and it must not pin a dev host). */
  https: boolean;
  /** next dev needs eval for its hot reloader. */
  dev?: boolean;
};

/** The CSP of an HTML page. */
export function contentSecurityPolicy(o: SecurityHeaderOptions): string {
  const cdn = o.chatkitElement ? ` ${OPENAI_CDN}` : '';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${o.nonce}'${cdn}${o.dev ? " 'unsafe-eval'" : ''}`,
    // bpmn-js and React set inline style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // Previews are our own signed URLs; screenshots and thumbnails are blob:/data: URLs.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${o.chatkitElement ? ` ${OPENAI_CDN} https://*.openai.com` : ''}`,
    `frame-src ${o.chatkitElement ? OPENAI_CDN : "'none'"}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers for every response (pages and API): no framing, no powerful features, an isolated browsing context. */
export function baseSecurityHeaders(o: Pick<SecurityHeaderOptions, 'https'>): Record<string, string> {
  return {
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(o.https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/** A fresh base64 nonce (128 bits). Web Crypto, so it also works in the edge runtime. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
