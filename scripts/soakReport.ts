/**
 * Writes `docs/reliability.md` from the figures of a long run (one JSON per measurement, see
 * tests/unit/reliability/support/reliabilityRun.ts and scripts/soak.ts) and says whether every target was met:
 * heap growth < 2 MB from the first sample after warm-up to the last, the element count back to its first value
 * after every idle reset, 0 page errors, 0 internal errors in the fuzzers.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EVAL_REPORT, kioskCspViolations } from './soakCsp';
import type { SoakResult } from './soakVisitor';

type Figure = Record<string, unknown> & { at?: string; long?: boolean };

async function readFigures(folder: string): Promise<Map<string, Figure>> {
  const figures = new Map<string, Figure>();
  for (const name of (await readdir(folder).catch(() => [])).filter((file) => file.endsWith('.json')).sort()) {
    figures.set(name.replace(/\.json$/, ''), JSON.parse(await readFile(path.join(folder, name), 'utf8')) as Figure);
  }
  return figures;
}

const mb = (value: number) => `${value.toFixed(2)} MB`;

/**
 * Least-squares slope of the heap over the touches, MB per 1,000 touches: a leak shows as a steady positive trend,
 * while compiled code that V8 flushes and compiles again moves single samples up and down by megabytes.
 */
export function heapTrendPer1000(samples: ReadonlyArray<{ touches: number; heapMb: number }>): number {
  if (samples.length < 2) return 0;
  const meanX = samples.reduce((sum, sample) => sum + sample.touches, 0) / samples.length;
  const meanY = samples.reduce((sum, sample) => sum + sample.heapMb, 0) / samples.length;
  let numerator = 0;
  let denominator = 0;
  for (const sample of samples) {
    numerator += (sample.touches - meanX) * (sample.heapMb - meanY);
    denominator += (sample.touches - meanX) ** 2;
  }
  return denominator === 0 ? 0 : (numerator / denominator) * 1000;
}

/** The soak rows and whether they meet the targets. */
function soakRows(figures: Map<string, Figure>, assetsDir: string): { rows: string[]; ok: boolean } {
  const rows: string[] = [];
  let ok = true;
  for (const [name, figure] of figures) {
    if (!name.startsWith('soak-')) continue;
    const result = figure as unknown as SoakResult & { bundle: string; partial?: boolean };
    const [first, ...rest] = result.samples;
    const last = result.samples.at(-1);
    if (!first || !last) continue;
    const growth = last.heapMb - first.heapMb;
    const heaps = result.samples.map((sample) => sample.heapMb);
    const trend = heapTrendPer1000(result.samples);
    const domBack = rest.every((sample) => sample.domElements === first.domElements);
    const csp = kioskCspViolations(result.problems.cspViolations, assetsDir);
    const setAside = result.problems.cspViolations.length - csp.length;
    const errors = result.problems.consoleErrors.length + result.problems.pageErrors.length + result.problems.rejections.length + csp.length;
    const met = growth < 2 && domBack && errors === 0 && !result.partial;
    ok &&= met;
    rows.push(
      `| ${result.bundle} | ${result.touches.toLocaleString('de-DE')} (${Object.entries(result.gestures).map(([kind, n]) => `${kind} ${n}`).join(', ')}) | ${result.idleResets} / ${result.attractSlides} | ${mb(first.heapMb)} → ${mb(last.heapMb)} (${growth >= 0 ? '+' : ''}${growth.toFixed(2)}) | ${mb(Math.min(...heaps))} – ${mb(Math.max(...heaps))}; ${trend >= 0 ? '+' : ''}${trend.toFixed(2)} | ${first.domElements} → ${[...new Set(rest.map((sample) => sample.domElements))].join(', ')} | ${first.listeners} → ${last.listeners} | ${result.problems.consoleErrors.length} / ${result.problems.pageErrors.length} / ${result.problems.rejections.length} / ${csp.length}${setAside > 0 ? ` (+${setAside} × „${EVAL_REPORT}“ von Playwright, nicht vom Kiosk)` : ''} | ${result.partial ? 'abgebrochen (Zwischenstand)' : met ? 'erreicht' : '**verfehlt**'} |`,
    );
  }
  return { rows, ok };
}

/** Hand-written findings below this line in the existing report are kept when it is written again. */
export const FINDINGS_MARKER = '<!-- Befunde: von Hand, bleibt beim Neuschreiben erhalten -->';

/**
 * Writes the report to `target`; true when every target was met.
 * @param assetsDir The built renderer the soak ran (`out/renderer/assets`), checked for eval of its own.
 */
export async function writeReliabilityReport(folder: string, target: string, assetsDir: string): Promise<boolean> {
  const figures = await readFigures(folder);
  const previous = await readFile(target, 'utf8').catch(() => '');
  const findings = previous.includes(FINDINGS_MARKER) ? previous.slice(previous.indexOf(FINDINGS_MARKER)) : `${FINDINGS_MARKER}\n`;
  const soak = soakRows(figures, assetsDir);
  const fuzz = [...figures].filter(([name]) => name.startsWith('fuzz-'));
  const fuzzOk = fuzz.every(([, figure]) => figure.internalErrors === 0 && Number(figure.cases) >= 10_000);
  const faults = [...figures].filter(([name]) => name.startsWith('faults-')).flatMap(([, figure]) => Object.entries((figure.outcomes ?? {}) as Record<string, string>));
  const days = [...figures].filter(([name]) => name.startsWith('days-'));
  const dates = [...figures.values()].map((figure) => figure.at).filter((at): at is string => typeof at === 'string').sort();
  const lines = [
    '# Zuverlässigkeit / Reliability',
    '',
    `Gemessen / measured: ${dates[0]?.slice(0, 16).replace('T', ' ') ?? '–'} bis ${dates.at(-1)?.slice(0, 16).replace('T', ' ') ?? '–'} UTC, mit \`npm run soak\` (scripts/soak.ts) auf der`,
    'Projektmaschine (2 Kerne, geteilt). Kurzfassungen derselben Tests laufen in `npm test`.',
    '',
    '## Dauertest / Soak',
    '',
    'Chromium 1920 × 1080 über den Vorschau-Host, echte Berührungen (CDP `Input.dispatchTouchEvent`), in Schüben von 250,',
    'dazwischen Leerlauf-Rücksetzung und Attract-Folien (Seitenuhr vorgespult). Heap nach erzwungener Speicherbereinigung;',
    'der erste Wert ist der nach dem Aufwärmschub (jeder Modus und jede Sprache einmal besucht). Elemente ohne die',
    'Attract-Ebene. Fehler: Konsole / Seite / unbehandelte Promises / CSP. Das Ziel (Issue 17) misst den ersten gegen den',
    'letzten Wert; der Trend (Ausgleichsgerade über alle Werte) zeigt, ob der Heap stetig wächst (ein Leck) oder nur schwankt.',
    '',
    '| Paket | Berührungen | Rücksetzungen / Attract-Folien | Heap erster → letzter Wert | Heap kleinster – größter Wert; Trend MB je 1.000 Berührungen | Elemente nach Rücksetzung | Listener | Fehler | Ziel |',
    '|---|---|---|---|---|---|---|---|---|',
    ...(soak.rows.length > 0 ? soak.rows : ['| – | nicht gelaufen | | | | | | | |']),
    '',
    '## Tage in Minuten / Days in minutes',
    '',
    '| Messung | Ergebnis |',
    '|---|---|',
    ...days.map(([name, figure]) => `| ${name} | ${JSON.stringify(Object.fromEntries(Object.entries(figure).filter(([key]) => key !== 'at' && key !== 'long'))).replace(/\|/g, '/')} |`),
    '',
    '## Fehlerinjektion / Fault injection',
    '',
    '| Fehler | Ergebnis |',
    '|---|---|',
    ...faults.map(([fault, outcome]) => `| ${fault} | ${outcome.replace(/\|/g, '/')} |`),
    '',
    '## Fuzzing (fast-check)',
    '',
    '| Ziel | Fälle | gültig / abgelehnt | interne Fehler | Seed | Dauer |',
    '|---|---|---|---|---|---|',
    ...fuzz.map(
      ([, figure]) =>
        `| ${String(figure.target)} | ${Number(figure.cases).toLocaleString('de-DE')} | ${figure.valid ?? JSON.stringify(figure.byStatus)} / ${figure.refused ?? ''} | ${String(figure.internalErrors)} | ${String(figure.seed)} | ${Number(figure.seconds).toFixed(0)} s |`,
    ),
    '',
    `**Ziele / targets:** ${soak.ok && fuzzOk ? 'alle erreicht' : 'nicht alle erreicht (siehe Tabellen)'}.`,
    '',
    findings,
  ];
  await writeFile(target, lines.join('\n'));
  return soak.ok && fuzzOk;
}
