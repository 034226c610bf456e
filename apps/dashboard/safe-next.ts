/**
 * Where to go after signing in or switching language: only a path on this
 * site. `//evil.example` and `/\evil.example` are protocol-relative URLs to
 * browsers, so a path must start with exactly one slash.
 */
export function safeNext(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || next.length > 2000) return fallback;
  if (!/^\/(?![/\\])/.test(next) || /[\u0000-\u001f\u007f]/.test(next)) return fallback;
  return next;
}
