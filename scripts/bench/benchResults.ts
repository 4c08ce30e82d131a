/**
 * The shape of `bench-results/latest.json` and the reduction of several runs to their medians, pure.
 */
import type { Gesture } from './gestures';
import type { Footprint, RunResult } from './measureRun';
import { type DurationSummary, medianOfRuns } from './stats';

/**
 * Which gesture kinds moved the view: true when every gesture of the kind changed the visible window, undefined
 * when none of that kind was sent in full (sequence deadline).
 */
export type MovedByKind = Record<Gesture['kind'], boolean | undefined>;

/** The pages the bench measures: the kiosk, the two peers, and the floor page (one moving layer). */
export type PeerId = 'kiosk' | 'vis-timeline' | 'timelinejs3' | 'floor';

/** The medians of a peer's runs at one size. */
export interface CellMedian {
  firstRenderMs: number;
  /** Medians of navigation timing and the page's performance marks, ms since navigation start. */
  milestones: Record<string, number>;
  afterLoad: Footprint;
  afterSequence: Footprint;
  frames: DurationSummary;
  work: DurationSummary;
  longFrames: number;
  blockingMs: number;
  /** Majority over runs. */
  moved: MovedByKind;
  /** Majority over runs: the gesture sequence was cut by its deadline. */
  sequenceCut: boolean;
}

/** One peer at one size. */
export interface BenchCell {
  peer: PeerId;
  peerLabel: string;
  /** Number of events; `default` is the kiosk's built-in default bundle. */
  size: number | 'default';
  status: 'ok' | 'skipped' | 'failed';
  note?: string;
  median?: CellMedian;
  runs: RunResult[];
}

/** Derivative throughput (part A's measurement), or why it is missing. */
export type DerivativeThroughput =
  | { status: 'pending' | 'failed'; note: string }
  | { status: 'ok'; result: unknown; ratio?: number; note?: string };

/** Everything one bench run found. */
export interface BenchResults {
  /** ISO date-time of the start. */
  date: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGB: number;
    chromium: string;
    node: string;
    os: string;
    /** 1-minute load average at start and end: above the core count, other processes competed for the CPU. */
    loadStart: number;
    loadEnd: number;
  };
  settings: { runs: number; seed: number; partners: number; photos: number; photoMB: number; gestures: string[]; settleMs: number };
  notes: string[];
  cells: BenchCell[];
  /** Every request that tried to leave 127.0.0.1 (aborted); the run fails when this is not empty. */
  offHost: string[];
  derivatives: DerivativeThroughput;
  /**
   * The kiosk's default bundle loaded a second time in the same browser context, ms per run and their median: the
   * warm HTTP and code cache a kiosk has after a restart. Reported beside the cold first render, which the target
   * is checked against.
   */
  warmFirstRender?: { runsMs: number[]; medianMs: number };
  durationS: number;
}

/** Per kind: true when every gesture of that kind that was sent in full moved the view in this run. */
export function movedByKind(gestures: RunResult['gestures']): MovedByKind {
  const kinds: Array<Gesture['kind']> = ['pan', 'pinch', 'fling', 'wheel'];
  return Object.fromEntries(
    kinds.map((kind) => {
      const ofKind = gestures.filter((gesture) => gesture.kind === kind && gesture.ran);
      return [kind, ofKind.length === 0 ? undefined : ofKind.every((gesture) => gesture.moved)];
    }),
  ) as MovedByKind;
}

/** The medians of `runs` (undefined for none). */
export function cellMedian(runs: readonly RunResult[]): CellMedian | undefined {
  return medianOfRuns(
    runs.map((run) => ({
      firstRenderMs: run.firstRenderMs,
      milestones: run.milestones,
      afterLoad: run.afterLoad,
      afterSequence: run.afterSequence,
      frames: run.frames,
      work: run.work,
      longFrames: run.longFrames,
      blockingMs: run.blockingMs,
      moved: movedByKind(run.gestures),
      sequenceCut: run.sequenceCut,
    })),
  );
}
