// Headers on every page and file of the web apps. The apps are built bundles, so the
// policy allows nothing inline and nothing from elsewhere: scripts, styles and fonts from
// the hub only; connections to the hub (HTTP and its WebSocket) and to the loopback
// device host of the machine (web-mode kiosk), nowhere else.

const hostPattern = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

export interface PolicyInput {
  /** The Host header the page was asked with (the name the browser reached the hub by). */
  host: string | undefined;
  tls: boolean;
  deviceHostOrigins: readonly string[];
}

export function contentSecurityPolicy({ host, tls, deviceHostOrigins }: PolicyInput): string {
  // 'self' covers ws(s) of the same origin in current browsers; older ones need it spelt out.
  const ws = host && hostPattern.test(host) ? [`${tls ? 'wss' : 'ws'}://${host}`] : [];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    `connect-src ${["'self'", ...ws, ...deviceHostOrigins].join(' ')}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function webSecurityHeaders(input: PolicyInput): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(input),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()',
  };
}
