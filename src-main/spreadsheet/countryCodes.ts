/** ISO 3166-1 alpha-2 codes with their German names, for the country drop-down; from the runtime's ICU data. */

let cached: { code: string; name: string }[] | undefined;

/** All region codes ICU names in German, sorted by code. */
export function countryCodes(): { code: string; name: string }[] {
  if (cached) return cached;
  const names = new Intl.DisplayNames(['de'], { type: 'region', fallback: 'code' });
  const list: { code: string; name: string }[] = [];
  for (let a = 65; a <= 90; a += 1) {
    for (let b = 65; b <= 90; b += 1) {
      const code = String.fromCharCode(a, b);
      try {
        const name = names.of(code);
        if (name && name !== code) list.push({ code, name });
      } catch {
        // not a region code
      }
    }
  }
  cached = list;
  return list;
}
