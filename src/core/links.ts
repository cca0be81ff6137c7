/**
 * Which links Goalpost will put in an `href`. Apart from validation so that rendering a stored
 * link does not load the whole of it.
 */

/** The longest link Goalpost accepts (validation's `LIMITS.link`). */
export const MAX_LINK_LENGTH = 2048;

// Whitespace, C0/C1 controls, zero-width and bidirectional marks: anything that can hide a
// scheme from a reader or that the URL parser silently strips.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/;

/**
 * Whether `url` is an absolute http(s) link that is safe to put in an `href`. Refuses other
 * schemes (`javascript:`, `data:`, `vbscript:`…), protocol-relative and scheme-only forms
 * (`//host`, `https:host`), backslashes, credentials (`https://bank.com@evil.com`), and any
 * whitespace or control or invisible character the parser would quietly drop.
 */
export function isSafeLink(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_LINK_LENGTH) return false;
  if (INVISIBLE.test(url) || url.includes('\\')) return false;
  if (!/^https?:\/\/[^/]/i.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
