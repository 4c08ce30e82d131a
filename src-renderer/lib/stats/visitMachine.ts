/**
 * One visit as a pure state machine, fed by the shell (what the visitor did) and the idle cycle (touches, the
 * reset, the attract wake-up). A visit starts with the first touch after idle (or after start-up) and ends at the
 * idle reset; what happens between visits (the reset putting the start view back) is not counted.
 * Steps return the new state and, at the end of a visit, the record to send – they never send it themselves.
 */
import { MAX_IDS_PER_VISIT, USAGE_FILTERS, USAGE_MODES, type VisitRecord } from '../../../src-shared/usageStats';

type Mode = (typeof USAGE_MODES)[number];
type FilterKind = (typeof USAGE_FILTERS)[number];

/** A visit under way. */
export interface OpenVisit {
  startMs: number;
  lastTouchMs: number;
  wake: boolean;
  modeSwitches: number;
  modes: Mode[];
  events: string[];
  partners: string[];
  images: string[];
  galleryReached: number;
  filters: FilterKind[];
}

/** Between visits (`undefined`) or during one. */
export type VisitState = OpenVisit | undefined;

/** What can happen; times in ms on the caller's clock. */
export type VisitInput =
  | { kind: 'touch'; nowMs: number; mode: Mode }
  | { kind: 'wake'; nowMs: number; mode: Mode }
  | { kind: 'mode'; mode: Mode }
  | { kind: 'event'; id: string }
  | { kind: 'partner'; id: string }
  | { kind: 'image'; id: string }
  | { kind: 'gallery'; index: number }
  | { kind: 'filter'; filter: FilterKind };

/** Facts known only at the end of a visit: the bundle on screen, the language, the local hour of a time. */
export interface VisitContext {
  bundleId: string;
  bundleVersion: string;
  language: string;
  /** `YYYY-MM-DDTHH`, local, of a time in ms. */
  hourOf: (ms: number) => string;
}

function addOnce<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) || list.length >= MAX_IDS_PER_VISIT ? [...list] : [...list, value];
}

function openVisit(nowMs: number, mode: Mode, wake: boolean): OpenVisit {
  return { startMs: nowMs, lastTouchMs: nowMs, wake, modeSwitches: 0, modes: [mode], events: [], partners: [], images: [], galleryReached: 0, filters: [] };
}

/** One step. Outside a visit only a touch or a wake-up does anything (it starts one). */
export function visitStep(state: VisitState, input: VisitInput): VisitState {
  if (input.kind === 'touch' || input.kind === 'wake') {
    if (!state) return openVisit(input.nowMs, input.mode, input.kind === 'wake');
    // The attract loop runs only between visits, so its wake-up belongs to the visit its first touch just began.
    return { ...state, lastTouchMs: input.nowMs, wake: state.wake || input.kind === 'wake' };
  }
  if (!state) return state;
  switch (input.kind) {
    case 'mode':
      return { ...state, modeSwitches: state.modeSwitches + 1, modes: addOnce(state.modes, input.mode) };
    case 'event':
      return { ...state, events: addOnce(state.events, input.id) };
    case 'partner':
      return { ...state, partners: addOnce(state.partners, input.id) };
    case 'image':
      return { ...state, images: addOnce(state.images, input.id) };
    case 'gallery':
      return { ...state, galleryReached: Math.max(state.galleryReached, input.index + 1), modes: addOnce(state.modes, 'gallery') };
    case 'filter':
      return { ...state, filters: addOnce(state.filters, input.filter) };
  }
}

/** The idle reset: the visit ends; its record (or nothing when no visit was open). */
export function endVisit(state: VisitState, context: VisitContext): VisitRecord | undefined {
  if (!state) return undefined;
  return {
    hour: context.hourOf(state.startMs),
    seconds: Math.max(0, Math.round((state.lastTouchMs - state.startMs) / 1000)),
    bundleId: context.bundleId,
    bundleVersion: context.bundleVersion,
    language: context.language,
    modeSwitches: state.modeSwitches,
    modes: state.modes,
    events: state.events,
    partners: state.partners,
    images: state.images,
    galleryReached: state.galleryReached,
    filters: state.filters,
    wake: state.wake,
  };
}

/** `YYYY-MM-DDTHH` of a time in the kiosk's local time zone. */
export function localHour(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}`;
}
