/**
 * Text widths for layout code (labels on the timeline and the map), measured with one canvas per font. The font
 * is assigned once per measurer: assigning it parses it again on every call.
 */

/** Measures text in one CSS font; see {@link textMeasurer}. */
export interface TextMeasurer {
  /** Width of `text` in px. */
  measure: (text: string) => number;
  /** Forgets the canvas, so the next measurement uses a font that arrived since (web fonts load late). */
  reset: () => void;
}

/**
 * A measurer for `font` (CSS shorthand, e.g. `700 18px "Atkinson Hyperlegible"`). Without a canvas (no DOM)
 * it estimates `fallbackEm` × `fontSizePx` per character.
 */
export function textMeasurer(font: string, fontSizePx: number, fallbackEm = 0.6): TextMeasurer {
  let context: CanvasRenderingContext2D | null | undefined;
  return {
    measure(text) {
      if (context === undefined) {
        context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
        if (context) context.font = font;
      }
      return context ? context.measureText(text).width : text.length * fontSizePx * fallbackEm;
    },
    reset() {
      context = undefined;
    },
  };
}
