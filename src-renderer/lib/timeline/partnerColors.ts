/**
 * Partner colours with enough contrast against the dark kiosk background: a curator's colour is kept when it
 * reaches the WCAG ratio for graphics (3:1), otherwise lightened until it does; partners without a colour get
 * one from a palette chosen for that background.
 */

/** Colours distinguishable for common colour-vision deficiencies (Okabe–Ito, lightened for a dark background). */
export const PARTNER_PALETTE = ['#56b4e9', '#e69f00', '#7fd6b5', '#f0e442', '#ff9e7a', '#cc99ff', '#9ad1ff', '#f5a3c7'];

/** WCAG relative luminance of a `#rrggbb` colour, 0–1. */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two `#rrggbb` colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `hex` mixed towards white by `amount` (0–1). */
export function lighten(hex: string, amount: number): string {
  const parts = [1, 3, 5].map((offset) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16);
    return Math.round(value + (255 - value) * amount)
      .toString(16)
      .padStart(2, '0');
  });
  return `#${parts.join('')}`;
}

/** `hex`, lightened in small steps until its contrast against `background` is at least `minRatio`. */
export function ensureContrast(hex: string, background: string, minRatio = 3): string {
  let color = hex.toLowerCase();
  for (let step = 1; contrastRatio(color, background) < minRatio && step <= 20; step += 1) {
    color = lighten(hex.toLowerCase(), step * 0.05);
  }
  return color;
}

/** The colour for the partner at `index` with an optional curator colour, safe on `background`. */
export function partnerColor(index: number, curatorColor: string | undefined, background: string): string {
  return ensureContrast(curatorColor ?? (PARTNER_PALETTE[index % PARTNER_PALETTE.length] as string), background);
}
