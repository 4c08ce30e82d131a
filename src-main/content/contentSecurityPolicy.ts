/**
 * The Content-Security-Policy sent with every document of the kiosk. Scripts, styles, fonts and images come only
 * from the kiosk's own origin (app files and the bundle under `/bundle/`); nothing can be framed, posted or
 * loaded from elsewhere, so text in a bundle could not pull in code even if it reached the DOM as HTML.
 * Images may also be `blob:`/`data:` URLs the renderer makes itself (generated thumbnails, placeholders).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
