// Markdown safety shared by everything that writes or renders Markdown: names from a diagram (elements, lanes,
// pools, the diagram itself) are user data, so they are escaped before they enter Markdown; renderers show
// images only from our own signed attachment URLs or data URLs, never from a host an element name points at.
// Pure: used by server code (answers) and by the chat and admin renderers.

// Inline syntax only: names sit inside a sentence (whitespace is collapsed), so line-start markers (#, -, 1.)
// cannot start a block there.
const MD_SPECIAL = /[\\`*_[\]<>!|~]/g;

/** A name as literal Markdown text: every character Markdown could read as syntax is backslash-escaped. */
export function escapeMarkdown(text: string): string {
  // (A bare address in a name may still show as a plain link: GFM links addresses after parsing, past any escape.)
  return text.replace(/\s+/g, ' ').replace(MD_SPECIAL, (c) => `\\${c}`);
}

/** Undo escapeMarkdown (for matching names that were cited in an answer). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_[\]<>!|~])/g, '$1');
}

/** `**Name**` with the name escaped; an empty name gives ''. */
export function strongName(name: string | null | undefined): string {
  const n = (name ?? '').trim();
  return n ? `**${escapeMarkdown(n)}**` : '';
}

/** The path of the signed read URLs lib/attachments/signing.ts mints; nothing else counts as ours. */
const OWN_IMAGE_PATH = /^\/api\/files\/[^/]+$/;

/**
 * Whether a Markdown image may load: a data URL of a raster image, or one of our own signed attachment URLs
 * (same origin, with a signature). Everything else — any other host, our own pages, SVG data URLs — is not.
 */
export function isAllowedImageSrc(src: string | null | undefined, origin: string): boolean {
  if (!src) return false;
  if (/^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]+$/i.test(src)) return true;
  let url: URL;
  try {
    url = new URL(src, origin);
  } catch {
    return false;
  }
  let own: URL;
  try {
    own = new URL(origin);
  } catch {
    return false;
  }
  return url.origin === own.origin && OWN_IMAGE_PATH.test(url.pathname) && url.searchParams.has('sig');
}
