/**
 * Imports a TimelineJS sheet (the columns of its published Google-Sheets/CSV template: Year, Month, Day, Time,
 * End Year, …, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group,
 * Background) into a bundle: rows become events, the `title` row the exhibition's title and introduction, `era`
 * rows eras, groups partners, local media files images. What the kiosk cannot carry – remote media (the kiosk is
 * offline), times of day, display dates, backgrounds, thumbnails, links inside texts – is listed, never dropped
 * silently.
 */
import { formatFieldPath, say } from '../content/validation/problem';
import { cellText, isBlank, parseNumberText, type ReadCell } from './cellValues';
import { parseDateText } from './dateCells';
import { columnLetter, type CellLocation, type CellLocations, type SheetProblem } from './sheetProblem';
import type { MappedManifest } from './sheetsToManifest';
import { normaliseName, type SheetTable } from './sheetTable';

/** What a TimelineJS sheet does not say and a bundle needs: given on the command line. */
export interface TimelineOptions {
  id?: string;
  title?: string;
  /** Name of the home district, e.g. „Kreis Siegen-Wittgenstein“. */
  homeName?: string;
  /** Where the map's arcs start, decimal degrees. */
  homeLocation?: { lat: number; lon: number };
  /** Country code for every partner made from a group (the sheet has none). */
  country?: string;
  /** Kind of every partner made from a group; default „Partnerschaft“. */
  kind?: string;
}

const COLUMNS = ['year', 'month', 'day', 'time', 'end year', 'end month', 'end day', 'end time', 'display date', 'headline', 'text', 'media', 'media credit', 'media caption', 'media thumbnail', 'type', 'group', 'background'] as const;
type TimelineColumn = (typeof COLUMNS)[number];

/** The header row and columns of a TimelineJS sheet, or undefined when `table` is not one. */
function timelineHeader(table: SheetTable): { row: number; columns: Map<TimelineColumn, number> } | undefined {
  for (const row of table.rows.slice(0, 5)) {
    const columns = new Map<TimelineColumn, number>();
    row.cells.forEach((cell, index) => {
      if (cell.value === undefined) return;
      const name = normaliseName(cellText(cell.value));
      const column = COLUMNS.find((candidate) => normaliseName(candidate) === name);
      if (column && !columns.has(column)) columns.set(column, index);
    });
    if (columns.has('year') && columns.has('headline')) return { row: row.number, columns };
  }
  return undefined;
}

/** True when `table` has the TimelineJS columns (at least Year and Headline). */
export function isTimelineSheet(table: SheetTable): boolean {
  return timelineHeader(table) !== undefined;
}

/** A bundle id from any text: „Emek Hefer“ → `emek-hefer`. */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'eintrag' : slug;
}

/** TimelineJS text is HTML: paragraphs and line breaks kept, `<em>`/`<b>` as `*…*`, tags removed, links listed. */
export function htmlToText(html: string): { text: string; links: string[] } {
  const links = [...html.matchAll(/<a\s[^>]*href\s*=\s*["']([^"']+)["']/gi)].map((match) => match[1]!);
  const text = html
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:em|i|b|strong)>/gi, '*')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\*\*/g, '')
    .trim();
  return { text, links };
}

/** Maps a TimelineJS sheet onto a manifest. `stem` is the file name without ending, for a default id and title. */
export function timelineToManifest(table: SheetTable, options: TimelineOptions, stem: string): MappedManifest {
  const problems: SheetProblem[] = [];
  const locations: CellLocations = new Map();
  const header = timelineHeader(table)!;
  const col = header.columns;
  const at = (row: number, column?: TimelineColumn): CellLocation => {
    const index = column === undefined ? undefined : col.get(column);
    return { sheet: table.name, row, ...(index === undefined ? {} : { column: columnLetter(index + 1), header: column }) };
  };
  const lost = (row: number, column: TimelineColumn, de: string, en: string) => problems.push({ severity: 'warning', code: 'not-carried', ...at(row, column), message: say(de, en) });
  const events: Record<string, unknown>[] = [];
  const eras: Record<string, unknown>[] = [];
  const images: Record<string, unknown>[] = [];
  const partners = new Map<string, Record<string, unknown>>();
  const ids = new Set<string>();
  const unique = (base: string) => {
    let id = base;
    for (let n = 2; ids.has(id); n += 1) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  let title: string | undefined;
  let intro: string | undefined;

  for (const row of table.rows) {
    if (row.number <= header.row) continue;
    const get = (column: TimelineColumn): ReadCell | undefined => {
      const index = col.get(column);
      return index === undefined ? undefined : row.cells[index];
    };
    const text = (column: TimelineColumn): string => {
      const cell = get(column);
      return cell?.value === undefined ? '' : cellText(cell.value).trim();
    };
    if (COLUMNS.every((column) => isBlank(get(column)))) continue;
    const type = text('type').toLowerCase();
    const body = htmlToText(text('text'));
    for (const link of body.links) lost(row.number, 'text', `der Link „${link}“ im Text wird nicht übernommen (der Kiosk zeigt keine Links)`, `the link "${link}" in the text is not carried (the kiosk shows no links)`);
    for (const column of ['time', 'end time', 'display date', 'background', 'media thumbnail'] as const) {
      const value = text(column);
      if (value !== '') lost(row.number, column, `„${value}“ wird nicht übernommen – der Kiosk hat dafür kein Feld`, `"${value}" is not carried – the kiosk has no field for it`);
    }
    if (type === 'title') {
      title = htmlToText(text('headline')).text || title;
      intro = body.text || intro;
      continue;
    }
    const date = dateOf(text('year'), text('month'), text('day'));
    const end = text('end year') === '' ? undefined : dateOf(text('end year'), text('end month'), text('end day'));
    const base = formatFieldPath([type === 'era' ? 'eras' : 'events', type === 'era' ? eras.length : events.length]);
    if (!date.ok) problems.push({ severity: 'error', code: 'cell-invalid', ...at(row.number, 'year'), field: `${base}.${type === 'era' ? 'from' : 'date'}`, message: date.message });
    if (end && !end.ok) problems.push({ severity: 'error', code: 'cell-invalid', ...at(row.number, 'end year'), field: `${base}.${type === 'era' ? 'to' : 'end'}`, message: end.message });
    const headline = htmlToText(text('headline')).text;
    const id = unique(slugify(`${headline || 'eintrag'}${date.ok ? `-${date.value.slice(0, 4)}` : ''}`));
    locations.set(base, at(row.number));
    locations.set(`${base}.id`, at(row.number, 'headline'));
    if (type === 'era') {
      locations.set(`${base}.label`, at(row.number, 'headline'));
      locations.set(`${base}.from`, at(row.number, 'year'));
      locations.set(`${base}.to`, at(row.number, 'end year'));
      eras.push({ id, label: headline, from: date.ok ? date.value : text('year'), ...(end?.ok ? { to: end.value } : {}) });
      continue;
    }
    const event: Record<string, unknown> = { id, date: date.ok ? date.value : text('year'), title: headline };
    for (const [field, column] of [['date', 'year'], ['end', 'end year'], ['title', 'headline'], ['text', 'text'], ['partners', 'group'], ['images', 'media']] as const) {
      locations.set(`${base}.${field}`, at(row.number, column));
    }
    if (end?.ok) event.end = end.value;
    if (body.text !== '') event.text = body.text;
    const group = text('group');
    if (group !== '') {
      const partnerId = slugify(group);
      if (!partners.has(partnerId)) {
        const index = partners.size;
        locations.set(formatFieldPath(['partners', index]), at(row.number, 'group'));
        partners.set(partnerId, { id: partnerId, name: group, ...(options.country ? { country: options.country.toUpperCase() } : {}), kind: options.kind ?? 'Partnerschaft' });
      }
      event.partners = [partnerId];
    }
    const media = text('media');
    if (/^(?:https?:)?\/\//i.test(media) || /^<(?:iframe|blockquote)/i.test(media)) {
      lost(row.number, 'media', `„${media}“ liegt im Internet – der Kiosk ist offline; bitte die Datei herunterladen, in den Bilder-Ordner legen und hier ihren Namen eintragen`, `"${media}" is on the internet – the kiosk is offline; please download it into the images folder and write its name here`);
    } else if (media !== '') {
      const imageId = unique(`bild-${slugify(media.replace(/\.[^.]+$/, ''))}`);
      const index = images.length;
      for (const [field, column] of [['file', 'media'], ['caption', 'media caption'], ['credit', 'media credit']] as const) locations.set(formatFieldPath(['images', index, field]), at(row.number, column));
      locations.set(formatFieldPath(['images', index]), at(row.number, 'media'));
      const caption = htmlToText(text('media caption')).text || headline;
      const credit = text('media credit');
      images.push({ id: imageId, file: media, caption, ...(credit ? { credit } : {}) });
      event.images = [imageId];
    }
    events.push(event);
  }

  if (partners.size > 0 && !options.country) {
    problems.push({
      severity: 'error',
      code: 'option-missing',
      sheet: table.name,
      message: say(
        `aus den Gruppen werden Partner (${[...partners.values()].map((p) => p.name).join(', ')}); TimelineJS kennt kein Land – bitte mit --country XX angeben (z. B. --country IL)`,
        `the groups become partners (${[...partners.values()].map((p) => p.name).join(', ')}); TimelineJS has no country – please pass --country XX (e.g. --country IL)`,
      ),
    });
  }
  if (!options.homeName || !options.homeLocation) {
    problems.push({
      severity: 'error',
      code: 'option-missing',
      sheet: table.name,
      message: say(
        'TimelineJS kennt keinen Heimatkreis – bitte mit --home "Kreis …" und --home-location <breite>,<länge> angeben (z. B. --home-location 50.87,8.02)',
        'TimelineJS has no home district – please pass --home "District …" and --home-location <lat>,<lon> (e.g. --home-location 50.87,8.02)',
      ),
    });
  }
  const manifest: Record<string, unknown> = {
    schema: 1,
    id: options.id ?? slugify(stem),
    title: options.title ?? title ?? stem,
    ...(intro ? { intro } : {}),
    home: { name: options.homeName ?? '', ...(options.homeLocation ? { location: options.homeLocation } : {}) },
    languages: ['de'],
    partners: [...partners.values()],
    events,
    images,
    eras,
  };
  return { manifest, locations, problems };
}

function dateOf(year: string, month: string, day: string): { ok: true; value: string } | { ok: false; message: ReturnType<typeof say> } {
  if (year === '') return { ok: false, message: say('das Jahr fehlt', 'the year is missing') };
  const y = parseNumberText(year);
  if (y === undefined || !Number.isInteger(y) || y < 1000 || y > 9999) {
    return { ok: false, message: say(`„${year}“ – der Kiosk braucht ein vierstelliges Jahr`, `"${year}" – the kiosk needs a four-digit year`) };
  }
  if (month === '' && day !== '') return { ok: false, message: say('ein Tag ohne Monat – bitte den Monat ergänzen', 'a day without a month – please add the month') };
  const m = month === '' ? undefined : parseNumberText(month);
  const text =
    month === '' ? year : m === undefined ? `${day === '' ? '' : `${day}. `}${month} ${year}` : `${day === '' ? '' : `${day}.`}${m}.${year}`;
  const reading = parseDateText(text);
  return reading.ok ? { ok: true, value: reading.value } : { ok: false, message: reading.message };
}
