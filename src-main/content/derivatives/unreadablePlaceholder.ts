/**
 * The stand-in derivative for a photo that cannot be decoded (cut short, damaged, not really an image): a calm
 * grey card that says so in German and names the file, so visitors see a tidy frame and curators know what to fix.
 */
import sharp from 'sharp';
import { escapeXml } from '../placeholderImage';
import { SIZE_BOX_PX, WEBP_EFFORT, WEBP_QUALITY, type DerivativeSize } from './derivativeSizes';

/** The heading every unreadable-image placeholder shows. */
export const UNREADABLE_HEADING = 'Bild kann nicht angezeigt werden';

/** The SVG of the placeholder for `file` at `size`: 3:2, as wide as the size's box. Deterministic. */
export function unreadablePlaceholderSvg(file: string, size: DerivativeSize): string {
  const width = SIZE_BOX_PX[size];
  const height = Math.round((width * 2) / 3);
  // Sizes relative to the width, so the thumbnail carries the same card at a twelfth of the scale.
  const unit = width / 1920;
  const heading = Math.round(84 * unit);
  const small = Math.round(40 * unit);
  // A file name longer than the card is shortened from the front: its end (the name itself) matters most.
  const maxChars = 70;
  const shownFile = file.length > maxChars ? `…${file.slice(file.length - maxChars + 1)}` : file;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`,
    `<rect width="${width}" height="${height}" fill="#4a4f55"/>`,
    `<g font-family="DejaVu Sans" fill="#eef0ec" text-anchor="middle">`,
    // The thumbnail breaks the heading into two larger lines so it stays legible on a timeline card.
    size === 'thumb'
      ? `<text x="${width / 2}" y="${Math.round(height * 0.45)}" font-size="26" font-weight="bold">Bild kann nicht</text>` +
        `<text x="${width / 2}" y="${Math.round(height * 0.45) + 34}" font-size="26" font-weight="bold">angezeigt werden</text>`
      : `<text x="${width / 2}" y="${Math.round(height * 0.45)}" font-size="${heading}" font-weight="bold">${escapeXml(UNREADABLE_HEADING)}</text>`,
    size === 'thumb'
      ? ''
      : `<text x="${width / 2}" y="${Math.round(height * 0.6)}" font-size="${small}">Die Datei ist beschädigt oder unvollständig.</text>`,
    size === 'thumb'
      ? ''
      : `<text x="${width / 2}" y="${Math.round(height * 0.9)}" font-size="${Math.round(small * 0.8)}" fill-opacity="0.8">${escapeXml(shownFile)}</text>`,
    `</g></svg>`,
  ].join('\n');
}

/** Renders the placeholder for `file` at `size` to WebP bytes. */
export async function renderUnreadablePlaceholder(file: string, size: DerivativeSize): Promise<Buffer> {
  return sharp(Buffer.from(unreadablePlaceholderSvg(file, size))).webp({ quality: WEBP_QUALITY, effort: WEBP_EFFORT }).toBuffer();
}
