/**
 * The markdown report of a bench run and the issue's targets with met / missed and by how much, pure.
 */
import type { BenchCell, BenchResults, CellMedian } from './benchResults';

/** One target of issue 7, evaluated. */
export interface TargetCheck {
  target: string;
  /** What was measured, formatted. */
  measured: string;
  /** true met, false missed, undefined not measurable in this run. */
  met: boolean | undefined;
  /** "by how much", e.g. `+112 ms (28 % over)`; empty when met or not measured. */
  by: string;
}

const FRAME_BUDGET_MS = 16.7;
/**
 * requestAnimationFrame timestamps of a 60 Hz display jitter by about ±0.2 ms around 16.67 ms, while a frame that
 * is dropped makes an interval of 33.3 ms. So a p95 up to 16.9 ms still means "fewer than 5 % of the frames were
 * late" – which is what the target asks – and the floor page itself reads 16.8 ms in some runs.
 */
const FRAME_JITTER_MS = 0.2;

function cell(results: BenchResults, peer: BenchCell['peer'], size: BenchCell['size']): CellMedian | undefined {
  return results.cells.find((entry) => entry.peer === peer && entry.size === size && entry.status === 'ok')?.median;
}

const fmt = (value: number | undefined, digits = 1) => (value === undefined ? '–' : value.toFixed(digits));

/**
 * At most `limit`, at `digits` decimals: met, or missed by the difference and the relative excess.
 * @param tolerance Measurement jitter allowed above `limit` (same unit), stated in the measured column.
 */
function atMost(target: string, value: number | undefined, limit: number | undefined, unit: string, digits = 1, tolerance = 0): TargetCheck {
  if (value === undefined || limit === undefined) return { target, measured: '–', met: undefined, by: 'nicht gemessen / not measured' };
  // Judged at the precision shown: a p95 of 16.70004 ms reads „16.7 ms“ and meets a 16.7 ms limit.
  const shown = Number(value.toFixed(digits));
  const met = shown <= limit + tolerance + 1e-9;
  const over = shown - limit;
  const withUnit = (number: number) => (unit ? `${fmt(number, digits)} ${unit}` : fmt(number, digits));
  return {
    target,
    measured: `${withUnit(value)} (Grenze / limit ${withUnit(limit)}${tolerance > 0 ? ` + ${withUnit(tolerance)} Zeitstempel-Zittern / timestamp jitter` : ''})`,
    met,
    by: met ? '' : `+${withUnit(over)} (${Math.round((over / limit) * 100)} % darüber / over)`,
  };
}

/** The targets of issue 7 against the medians of this run. */
export function checkTargets(results: BenchResults): TargetCheck[] {
  const kioskDefault = cell(results, 'kiosk', 'default');
  const kiosk5k = cell(results, 'kiosk', 5000);
  const vis5k = cell(results, 'vis-timeline', 5000);
  const kiosk50k = cell(results, 'kiosk', 50000);
  const floor5k = cell(results, 'floor', 5000);
  const checks: TargetCheck[] = [
    atMost('Standardpaket: erstes Bild ≤ 150 ms / default bundle first render', kioskDefault?.firstRenderMs, 150, 'ms', 0),
    ...(results.warmFirstRender
      ? [atMost('(zur Information / for information) Standardpaket mit warmem Cache, wie nach einem Neustart / default bundle, warm cache as after a restart', results.warmFirstRender.medianMs, 150, 'ms', 0)]
      : []),
    atMost('5.000 Ereignisse: erstes Bild ≤ 400 ms / first render', kiosk5k?.firstRenderMs, 400, 'ms', 0),
    atMost('5.000: Frame-Intervall p95 ≤ 16,7 ms / frame interval p95', kiosk5k?.frames.p95, FRAME_BUDGET_MS, 'ms', 1, FRAME_JITTER_MS),
    atMost('5.000: Hauptthread-Arbeit je Frame p95 ≤ ⅓ vis-timeline / main-thread work per frame p95', kiosk5k?.work.p95, vis5k?.work.p95 === undefined ? undefined : vis5k.work.p95 / 3, 'ms', 2),
    atMost('5.000: JS-Heap ≤ ½ vis-timeline (nach Gesten) / JS heap after sequence', kiosk5k?.afterSequence.heapMB, vis5k ? vis5k.afterSequence.heapMB / 2 : undefined, 'MB'),
    atMost('5.000: DOM-Elemente ≤ ½ vis-timeline (nach Gesten) / DOM elements after sequence', kiosk5k?.afterSequence.domElements, vis5k ? vis5k.afterSequence.domElements / 2 : undefined, '', 0),
    atMost('50.000: Frame-Intervall p95 ≤ 16,7 ms / frame interval p95', kiosk50k?.frames.p95, FRAME_BUDGET_MS, 'ms', 1, FRAME_JITTER_MS),
    // What the machine gives a page that does nothing but move one layer: where this misses, no timeline can meet it.
    ...(floor5k
      ? [atMost('(zur Information / for information) Untergrenze, eine bewegte Ebene, neben 5.000: Frame-Intervall p95 / floor, one moving layer, beside 5,000: frame interval p95', floor5k.frames.p95, FRAME_BUDGET_MS, 'ms', 1, FRAME_JITTER_MS)]
      : []),
  ];
  const derivatives = results.derivatives;
  if (derivatives.status === 'ok' && derivatives.ratio !== undefined) {
    const met = derivatives.ratio >= 0.8;
    checks.push({
      target: 'Ableitungen ≥ 80 % des rohen sharp-Durchsatzes / derivatives ≥ 80 % of raw sharp throughput',
      measured: `${Math.round(derivatives.ratio * 100)} %`,
      met,
      by: met ? '' : `${Math.round((0.8 - derivatives.ratio) * 100)} Prozentpunkte darunter / points under`,
    });
  } else {
    checks.push({ target: 'Ableitungen ≥ 80 % des rohen sharp-Durchsatzes / derivatives ≥ 80 % of raw sharp throughput', measured: '–', met: undefined, by: derivatives.note ?? 'ausstehend / pending' });
  }
  return checks;
}

const yesNo = (value: boolean | undefined) => (value === undefined ? '–' : value ? 'ja' : '**nein**');

/** The results table, one row per peer and size. */
export function resultsTable(results: BenchResults): string {
  const head =
    '| Peer | Ereignisse / events | erstes Bild / first render (ms) | Frame-Intervall / frame interval p50 · p95 · max (ms) | Frames > 50 ms | Hauptthread je Frame / main-thread work per frame p50 · p95 (ms) | JS-Heap (MB) Laden → Gesten | DOM-Elemente Laden → Gesten | bewegt? / moved: Wisch · Pinch · Schwung · Rad |\n' +
    '|---|---:|---:|---:|---:|---:|---:|---:|:---:|';
  const rows = results.cells.map((entry) => {
    const fewer = entry.median && entry.runs.length < results.settings.runs ? ` (${entry.runs.length} Lauf/run${entry.runs.length === 1 ? '' : 's'})` : '';
    const size = `${entry.size === 'default' ? 'Standardpaket' : entry.size.toLocaleString('de-DE')}${fewer}`;
    const m = entry.median;
    if (!m) return `| ${entry.peerLabel} | ${size} | ${entry.status === 'skipped' ? 'übersprungen / skipped' : 'fehlgeschlagen / failed'}: ${entry.note ?? ''} | | | | | | |`;
    return (
      `| ${entry.peerLabel} | ${size} | ${fmt(m.firstRenderMs, 0)} | ${fmt(m.frames.p50)} · ${fmt(m.frames.p95)} · ${fmt(m.frames.max, 0)} | ${fmt(m.frames.over, 0)} ` +
      `| ${fmt(m.work.p50, 2)} · ${fmt(m.work.p95, 2)} | ${fmt(m.afterLoad.heapMB)} → ${fmt(m.afterSequence.heapMB)} ` +
      `| ${fmt(m.afterLoad.domElements, 0)} → ${fmt(m.afterSequence.domElements, 0)} ` +
      `| ${yesNo(m.moved.pan)} · ${yesNo(m.moved.pinch)} · ${yesNo(m.moved.fling)} · ${yesNo(m.moved.wheel)}${m.sequenceCut ? ' (Gesten nach Zeitgrenze abgebrochen / sequence cut at its time limit)' : ''} |`
    );
  });
  return [head, ...rows].join('\n');
}

/** The targets as a markdown table. */
export function targetsTable(checks: readonly TargetCheck[]): string {
  const rows = checks.map(
    (check) => `| ${check.target} | ${check.measured} | ${check.met === undefined ? '–' : check.met ? 'erreicht / met' : '**verfehlt / missed**'} | ${check.by} |`,
  );
  return ['| Ziel / target | gemessen / measured | | um / by |', '|---|---|:---:|---|', ...rows].join('\n');
}

/** The whole `latest.md`. */
export function renderMarkdown(results: BenchResults): string {
  const { machine, settings } = results;
  const lines = [
    `# Benchmark ${results.date.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Rechner / machine: ${machine.cpu}, ${machine.cores} Kerne / cores, ${fmt(machine.memoryGB)} GB RAM, ${machine.os}; ` +
      `Chromium ${machine.chromium}, Node ${machine.node}; Last / load average ${fmt(machine.loadStart, 2)} → ${fmt(machine.loadEnd, 2)} ` +
      `(über ${machine.cores} heißt: andere Prozesse liefen mit / above ${machine.cores}: other processes competed).`,
    '',
    `Median aus ${settings.runs} Läufen / median of ${settings.runs} runs; ${settings.partners} Partner-Spuren, ${settings.photos} Kamerafotos ` +
      `(${fmt(settings.photoMB)} MB), Startwert / seed ${settings.seed}; Dauer / duration ${Math.round(results.durationS)} s.`,
    '',
    resultsTable(results),
    '',
    '## Ziele / targets (issue 7)',
    '',
    targetsTable(checkTargets(results)),
    '',
  ];
  const timelines = results.cells.filter((entry) => entry.median && Object.keys(entry.median.milestones).length > 0);
  if (timelines.length > 0) {
    lines.push('## Bis zum ersten Bild / where first render went (ms seit Navigation / since navigation, Median)', '');
    for (const entry of timelines) {
      const milestones = Object.entries(entry.median?.milestones ?? {}).sort((a, b) => a[1] - b[1]);
      lines.push(`- ${entry.peerLabel}, ${entry.size}: ${milestones.map(([name, ms]) => `${name} ${Math.round(ms)}`).join(' · ')} · erstes Bild / first render ${Math.round(entry.median?.firstRenderMs ?? 0)}`);
    }
    lines.push('');
  }
  if (results.derivatives.status === 'ok') {
    lines.push('## Ableitungen / derivative throughput', '', '```json', JSON.stringify(results.derivatives.result, null, 2), '```', '');
  }
  const cellNotes = results.cells.filter((entry) => entry.median && entry.note).map((entry) => `${entry.peerLabel}, ${entry.size}: ${entry.note}`);
  const notes = [...results.notes, ...cellNotes];
  if (notes.length > 0) lines.push('## Hinweise / notes', '', ...notes.map((note) => `- ${note}`), '');
  lines.push(results.offHost.length === 0 ? 'Alle Anfragen blieben auf 127.0.0.1 / every request stayed on 127.0.0.1.' : `**Anfragen nach außen (abgebrochen) / off-host requests (aborted):** ${results.offHost.join(', ')}`, '');
  return lines.join('\n');
}
