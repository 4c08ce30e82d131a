import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  captionLines,
  escapeXml,
  isGeneratedPlaceholder,
  placeholderColour,
  placeholderSvg,
  renderPlaceholder,
  wrapWords,
} from '../../../../src-main/content/placeholderImage';

describe('captionLines', () => {
  const cases = [
    {
      name: 'collection slot',
      caption: 'Platzhalter – Bild 7 von 50 – hier kommt ein Foto aus Emek Hefer',
      expected: ['Bild 7 von 50', 'hier kommt ein Foto aus Emek Hefer'],
    },
    {
      name: 'event placeholder',
      caption: 'Platzhalter – hier kommt ein Foto aus der Provinz Forlì-Cesena',
      expected: ['hier kommt ein Foto aus der Provinz Forlì-Cesena'],
    },
    { name: 'no leading word', caption: 'Foto aus Iași', expected: ['Foto aus Iași'] },
    { name: 'hyphen inside a name stays', caption: 'PLATZHALTER - Bistrița-Năsăud', expected: ['Bistrița-Năsăud'] },
  ];
  for (const { name, caption, expected } of cases) {
    it(name, () => expect(captionLines(caption)).toEqual(expected));
  }
});

describe('wrapWords', () => {
  const cases = [
    { text: 'kurz', width: 10, expected: ['kurz'] },
    { text: 'eins zwei drei vier', width: 9, expected: ['eins zwei', 'drei vier'] },
    { text: 'Partnerschaftsurkunde x', width: 5, expected: ['Partnerschaftsurkunde', 'x'] },
    { text: '  ', width: 5, expected: [] },
  ];
  for (const { text, width, expected } of cases) {
    it(`${JSON.stringify(text)} at ${width}`, () => expect(wrapWords(text, width)).toEqual(expected));
  }
});

describe('placeholderSvg', () => {
  it('shows „Foto folgt“, the slot and the subject, with markup characters escaped, and no file name or tool name', () => {
    const svg = placeholderSvg({
      lines: ['Bild 7 von 50', 'Foto <b>&</b> "Emek Hefer"'],
      file: 'bilder/platzhalter-07.jpg',
      colourKey: 'bild-07',
    });
    expect(svg).toContain('>Bild 7 von 50<');
    expect(svg).toContain('Foto &#60;b&#62;&#38;&#60;/b&#62; &#34;Emek Hefer&#34;');
    expect(svg).toContain('>Foto folgt<');
    expect(svg).not.toContain('platzhalter-07.jpg');
    expect(svg).not.toMatch(/ersetzen|generate-placeholders|scripts\//);
    expect(svg).not.toContain('<b>');
  });

  it('drops subject lines that would run over the card', () => {
    const long = Array.from({ length: 40 }, (_, index) => `Wort${index}`).join(' ');
    const svg = placeholderSvg({ lines: ['Bild 1 von 50', long], file: 'a.jpg', colourKey: 'a' });
    expect(svg.match(/font-size="64"/g)).toHaveLength(3);
  });

  it('picks the same calm colour for the same key', () => {
    expect(placeholderColour('bild-07')).toBe(placeholderColour('bild-07'));
    expect(placeholderColour('bild-07')).toMatch(/^#[0-9a-f]{6}$/);
    expect(escapeXml("a'b")).toBe('a&#39;b');
  });
});

describe('renderPlaceholder', () => {
  it('gives a small 1920 × 1280 JPEG carrying the generator marker, the same bytes every time', async () => {
    const content = { lines: ['Bild 3 von 50', 'hier kommt ein Foto aus Emek Hefer'], file: 'bilder/x.jpg', colourKey: 'x' };
    const first = await renderPlaceholder(content);
    const second = await renderPlaceholder(content);
    expect(first.equals(second)).toBe(true);
    const meta = await sharp(first).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1920, 1280]);
    expect(first.length).toBeLessThan(60 * 1024);
    expect(await isGeneratedPlaceholder(first)).toBe(true);
  });

  it('does not take a photo without the marker for its own', async () => {
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#806040' } }).jpeg().toBuffer();
    expect(await isGeneratedPlaceholder(photo)).toBe(false);
    expect(await isGeneratedPlaceholder(Buffer.from('kein Bild'))).toBe(false);
  });
});
