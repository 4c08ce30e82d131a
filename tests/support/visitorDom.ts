/**
 * Reads what a visitor can see on the kiosk page, for the exhibition checks (issue 12): the visible text and the
 * words of alt texts and labels, the images on screen, the timeline's lanes. Page code is passed as text, so this
 * file is type-checked without the DOM library.
 */
import type { Page } from '@playwright/test';

/**
 * File paths and tool names that must never reach a visitor: a path ending in a file extension, a script
 * folder, the generator's name, a manifest file name.
 */
export const DEVELOPER_WORDS =
  /(?:[\w.-]+\/)+[\w.-]+\.(?:jpe?g|png|webp|svg|ya?ml|json|tsx?|m?js)\b|\bscripts\/|generate-placeholders|\bbundle\.(?:ya?ml|json)\b|Diese Datei ersetzen/i;

/** Every text a visitor sees or hears: visible text and the alt, title and ARIA words of the page. */
export async function visitorWords(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const words = [document.body.innerText];
    for (const element of document.querySelectorAll('[alt], [title], [aria-label], [aria-description], [data-label]')) {
      for (const name of ['alt', 'title', 'aria-label', 'aria-description', 'data-label']) {
        const value = element.getAttribute(name);
        if (value) words.push(value);
      }
    }
    return words;
  })()`)) as string[];
}

/** Images fully decoded, at least 80 px wide and inside the viewport, not hidden: what the eye finds. */
export async function visibleImageCount(page: Page): Promise<number> {
  return (await page.evaluate(`(() => {
    let count = 0;
    for (const image of document.images) {
      const box = image.getBoundingClientRect();
      if (!image.complete || image.naturalWidth === 0 || box.width < 80 || box.height < 45) continue;
      if (box.right <= 0 || box.bottom <= 0 || box.left >= innerWidth || box.top >= innerHeight) continue;
      const style = getComputedStyle(image);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (hit === image || image.contains(hit) || hit?.contains(image)) count += 1;
    }
    return count;
  })()`)) as number;
}

/** Waits until every image in the viewport has loaded (or failed), so counts are not taken mid-load. */
export async function imagesSettled(page: Page): Promise<void> {
  await page.waitForFunction(`[...document.images].every((image) => image.complete)`);
}
