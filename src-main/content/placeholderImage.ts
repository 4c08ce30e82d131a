/**
 * Draws the stand-in image for a photo that has not arrived yet: a calm coloured card with „Foto folgt“ and what
 * the photo will show. Visitors see it, so it carries no file name and no tool name: the file a curator has to
 * replace is the image's own name (and is written into its EXIF description). Pure SVG layout plus one sharp call.
 */
import sharp from 'sharp';

/** Width of every placeholder in px: full HD landscape, so the kiosk shows it like a real photo. */
export const PLACEHOLDER_WIDTH = 1920;
/** Height of every placeholder in px (3:2, the shape of most camera photos). */
export const PLACEHOLDER_HEIGHT = 1280;
/** JPEG quality (1–100): flat colour and large text stay clean at 72 and the files stay around 45 KB. */
export const PLACEHOLDER_QUALITY = 72;
/** Written into the EXIF `Software` field so the generator recognises its own files and never overwrites a photo. */
export const PLACEHOLDER_MARKER = 'Partnerschaftskiosk scripts/generate-placeholders.ts';

/** Muted background colours; light text on each of them has a contrast ratio above 7:1. */
const PALETTE = ['#3f5866', '#4c5a75', '#46655f', '#5b6b4f', '#6b5a4a', '#5e4f66'] as const;
const TEXT_COLOUR = '#eef0ec';
/** The longest line (in characters) of a subject before it wraps, for 64 px DejaVu Sans on a 1800 px panel. */
const WRAP_AT = 44;
/** Lines below the heading that fit on the card. */
const MAX_LINES = 4;

/** What one placeholder says. */
export interface PlaceholderContent {
  /** Lines under „Foto folgt“, e.g. `["Bild 7 von 50", "hier kommt ein Foto aus Emek Hefer"]`. */
  lines: readonly string[];
  /** The bundle-relative file name, written into the EXIF description only (never drawn: visitors see the card). */
  file: string;
  /** A stable key (the image id) that picks the background colour. */
  colourKey: string;
}

/**
 * The lines a caption becomes: the caption is split at „ – “ and a leading „Platzhalter“ is dropped, because the
 * image says so in its heading („Foto folgt“). `"Platzhalter – Bild 7 von 50 – hier kommt …"` → `["Bild 7 von 50", "hier kommt …"]`.
 */
export function captionLines(caption: string): string[] {
  const parts = caption
    .split(/\s+[–—-]\s+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts[0] !== undefined && /^platzhalter$/i.test(parts[0])) parts.shift();
  return parts;
}

/** Breaks `text` into lines of at most `width` characters at spaces; a single longer word stays whole. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** Escapes the five characters that have a meaning in SVG text and attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A small stable hash (FNV-1a, 32 bit) so the same image id always gets the same colour. */
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash;
}

/** The background colour for `key`, one of the calm palette colours. */
export function placeholderColour(key: string): string {
  return PALETTE[stableHash(key) % PALETTE.length] as string;
}

/** The SVG source of a placeholder, 1920 × 1280 px. Deterministic: the same content gives the same text. */
export function placeholderSvg(content: PlaceholderContent): string {
  // A short first line such as „Bild 7 von 50“ is the slot number and gets the larger size.
  const [first, ...rest] = content.lines;
  const slot = first !== undefined && first.length <= 24 ? first : undefined;
  const subject = (slot === undefined ? content.lines : rest).flatMap((line) => wrapWords(line, WRAP_AT));
  // Lines beyond the room left are dropped rather than drawn over the card's edge.
  const shown = subject.slice(0, slot === undefined ? MAX_LINES : MAX_LINES - 1);
  const rows: string[] = [];
  // The heading and the lines stand as one block in the middle of the card (baselines: heading, then rows).
  const blockHeight = 150 + 110 + (slot === undefined ? 0 : 130) + shown.length * 86;
  const headingY = Math.round(640 - blockHeight / 2 + 130);
  let y = headingY + 200;
  if (slot !== undefined) {
    rows.push(`<text x="960" y="${y}" font-size="96">${escapeXml(slot)}</text>`);
    y += 130;
  }
  for (const line of shown) {
    rows.push(`<text x="960" y="${y}" font-size="64">${escapeXml(line)}</text>`);
    y += 86;
  }
  const background = placeholderColour(content.colourKey);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PLACEHOLDER_WIDTH}" height="${PLACEHOLDER_HEIGHT}">`,
    `<rect width="1920" height="1280" fill="${background}"/>`,
    // A slightly lighter card: reads as an empty frame without the file-size cost of a dashed outline.
    `<rect x="60" y="60" width="1800" height="1160" rx="24" fill="#ffffff" fill-opacity="0.06"/>`,
    `<g font-family="DejaVu Sans" fill="${TEXT_COLOUR}" text-anchor="middle">`,
    `<text x="960" y="${headingY}" font-size="150" font-weight="bold" letter-spacing="6">Foto folgt</text>`,
    ...rows,
    `</g></svg>`,
  ].join('\n');
}

/**
 * Renders a placeholder to JPEG bytes with sharp (librsvg draws the SVG, DejaVu Sans sets the text).
 * The same content on the same machine always gives the same bytes: no timestamps, fixed EXIF.
 */
export async function renderPlaceholder(content: PlaceholderContent): Promise<Buffer> {
  return sharp(Buffer.from(placeholderSvg(content)))
    .jpeg({ quality: PLACEHOLDER_QUALITY, mozjpeg: true })
    .withExif({ IFD0: { Software: PLACEHOLDER_MARKER, ImageDescription: `Platzhalter - Foto folgt - ${content.file}` } })
    .toBuffer();
}

/** True when `bytes` are a JPEG this generator wrote (its EXIF carries {@link PLACEHOLDER_MARKER}). */
export async function isGeneratedPlaceholder(bytes: Buffer): Promise<boolean> {
  try {
    const { exif } = await sharp(bytes).metadata();
    return exif !== undefined && exif.includes(PLACEHOLDER_MARKER);
  } catch {
    return false;
  }
}
