import { bundleManifest, localizedText, type BundleManifest } from '../../../src-shared/bundleSchema';
import type { ManifestFinding } from './manifestFinding';
import { say, type LocalizedMessage } from './problem';
import { schemaAt } from './schemaWalk';

/** Parts of the manifest that visitors never see and that may hold anything. */
const UNSHOWN_FIELDS = new Set(['notes', 'sources']);

/** Patterns that mean a text was written as HTML or script; the renderer shows such text literally. */
const MARKUP_PATTERNS: readonly { pattern: RegExp; message: LocalizedMessage }[] = [
  {
    pattern: /<\s*\/?\s*[a-z!][^<>]*>|<(?:script|img|iframe|svg|style|a)\b|javascript:|\bon[a-z]+\s*=/i,
    message: say(
      'sieht nach HTML oder Skript aus – der Kiosk zeigt es wörtlich an, nicht als Formatierung; erlaubt sind nur Absätze (Leerzeile) und *Betonung*',
      'looks like HTML or script – the kiosk shows it literally, not as formatting; only paragraphs (blank line) and *emphasis* are allowed',
    ),
  },
  {
    pattern: /\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\n]+\)|^#{1,6}\s/m,
    message: say(
      'sieht nach Markdown aus (**fett**, [Link](…) oder # Überschrift) – wird wörtlich angezeigt; erlaubt sind nur Absätze (Leerzeile) und *Betonung*',
      'looks like Markdown (**bold**, [link](…) or # heading) – shown literally; only paragraphs (blank line) and *emphasis* are allowed',
    ),
  },
];

/**
 * Checks every visitor-facing string: HTML, script or unsupported Markdown is reported (as a warning: it cannot do
 * harm, the renderer never interprets text as HTML, but the curator should know it will look odd).
 */
export function markupFindings(data: unknown): ManifestFinding[] {
  const findings: ManifestFinding[] = [];
  walkStrings(data, [], (text, path) => {
    const rule = MARKUP_PATTERNS.find(({ pattern }) => pattern.test(text));
    if (rule) findings.push({ severity: 'warning', code: 'text-markup', path, message: rule.message });
    else if (unpairedEmphasis(text)) {
      findings.push({
        severity: 'warning',
        code: 'text-markup',
        path,
        message: say(
          'ein einzelnes * ohne Gegenstück – *Betonung* braucht zwei Sternchen, sonst wird das Zeichen wörtlich gezeigt',
          'a single * without its pair – *emphasis* needs two asterisks, otherwise the character is shown as is',
        ),
      });
    }
  });
  return findings;
}

function unpairedEmphasis(text: string): boolean {
  return text.split(/\n\s*\n/).some((paragraph) => (paragraph.match(/\*/g)?.length ?? 0) % 2 === 1);
}

function walkStrings(value: unknown, path: PropertyKey[], visit: (text: string, path: PropertyKey[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, index) => walkStrings(item, [...path, index], visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (path.length === 0 && UNSHOWN_FIELDS.has(key)) continue;
      walkStrings(item, [...path, key], visit);
    }
  }
}

/** Visits every localized text field of a validated manifest with its path. */
function walkLocalized(manifest: BundleManifest, visit: (text: string | Record<string, string>, path: PropertyKey[]) => void) {
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (path.length > 0 && schemaAt(bundleManifest, path) === localizedText) {
      visit(value as string | Record<string, string>, path);
      return;
    }
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(manifest, []);
}

/**
 * Languages offered versus languages written: German must be offered; a language written but not offered is never
 * shown; an offered language with no text at all, or with gaps, falls back to German (warnings).
 */
export function languageFindings(manifest: BundleManifest): ManifestFinding[] {
  const findings: ManifestFinding[] = [];
  const offered = manifest.languages;
  if (!offered.includes('de')) {
    findings.push({
      severity: 'error',
      code: 'german-required',
      path: ['languages'],
      message: say('„de“ fehlt in languages – Deutsch ist immer dabei, bitte ergänzen', '"de" is missing from languages – German is always offered, please add it'),
    });
  }
  offered.forEach((language, index) => {
    if (offered.indexOf(language) !== index) {
      findings.push({
        severity: 'warning',
        code: 'invalid-value',
        path: ['languages', index],
        message: say(`„${language}“ steht doppelt in languages`, `"${language}" is listed twice in languages`),
      });
    }
  });
  const firstUse = new Map<string, PropertyKey[]>();
  const gaps = new Map<string, { count: number; first: PropertyKey[] }>();
  walkLocalized(manifest, (text, path) => {
    const written = typeof text === 'string' ? ['de'] : Object.keys(text);
    for (const language of written) if (!firstUse.has(language)) firstUse.set(language, typeof text === 'string' ? path : [...path, language]);
    // A plain string is one text for every language (names, places): only a map with gaps is a missing translation.
    if (typeof text === 'string') return;
    for (const language of offered) {
      if (written.includes(language)) continue;
      const gap = gaps.get(language) ?? { count: 0, first: path };
      gap.count += 1;
      gaps.set(language, gap);
    }
  });
  for (const [language, path] of firstUse) {
    if (offered.includes(language) || language === 'de') continue; // German not offered is an error, reported above
    findings.push({
      severity: 'warning',
      code: 'language-not-listed',
      path,
      message: say(
        `Texte auf „${language}“ werden nie gezeigt, weil „${language}“ nicht in languages steht – bitte dort ergänzen oder die Texte entfernen`,
        `texts in "${language}" are never shown because "${language}" is not in languages – please add it there or remove the texts`,
      ),
    });
  }
  offered.forEach((language, index) => {
    if (language === 'de' || offered.indexOf(language) !== index) return;
    if (!firstUse.has(language)) {
      findings.push({
        severity: 'warning',
        code: 'language-unused',
        path: ['languages', index],
        message: say(
          `„${language}“ wird angeboten, aber kein Text ist auf „${language}“ geschrieben – Besucher sähen nur Deutsch; bitte Texte ergänzen oder die Sprache entfernen`,
          `"${language}" is offered but no text is written in "${language}" – visitors would see German only; please add texts or remove the language`,
        ),
      });
      return;
    }
    const gap = gaps.get(language);
    if (gap) {
      findings.push({
        severity: 'warning',
        code: 'translation-missing',
        path: gap.first,
        message: say(
          `${gap.count} Text(e) ohne „${language}“ (zuerst hier) – dort wird Deutsch gezeigt`,
          `${gap.count} text(s) without "${language}" (first here) – German is shown there`,
        ),
      });
    }
  });
  return findings;
}
