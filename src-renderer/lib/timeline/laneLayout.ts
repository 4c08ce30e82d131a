/**
 * Lane packing: one lane for the home district, one per partner, and town partnerships grouped under their
 * holder (or parent partner) as one group lane, so twenty town twinnings do not push everything off screen.
 */
import type { LanguageCode, Partner } from '../../../src-shared/bundleSchema';
import { localize } from '../../../src-shared/localizedText';

/** A lane: the home district, a single partner or a group of partners sharing a holder. */
export interface Lane {
  id: string;
  kind: 'home' | 'partner' | 'group';
  label: string;
  /** Ids of the partners shown in the lane (one for `partner`, several for `group`, none for `home`). */
  partnerIds: string[];
  /** Top edge and height in px inside the lane area. */
  top: number;
  height: number;
}

/** Sizes in px. */
export interface LaneMetrics {
  /** Height of a lane with one partnership. */
  laneHeight: number;
  /** Extra height per additional partnership in a group lane. */
  groupRowHeight: number;
  /** Gap between lanes. */
  gap: number;
}

/** Key that groups a partner with others, or `undefined` when it gets its own lane. */
function groupKey(partner: Partner, ids: Set<string>, language: LanguageCode): string | undefined {
  if (partner.parent !== undefined && ids.has(partner.parent)) return `partner:${partner.parent}`;
  if (partner.holder !== undefined) return `holder:${localize(partner.holder, language)}`;
  if (partner.parent !== undefined) return `parent:${partner.parent}`;
  return undefined;
}

/** Sort key (ms-like) of a partner: its start, unknown starts last. */
function sinceKey(partner: Partner): string {
  return partner.since ?? '9999';
}

/** A lane before it is stacked: who is in it, not yet where. */
export type LaneGroup = Omit<Lane, 'top' | 'height'>;

/**
 * The lanes for `partners`, top to bottom, without sizes: home first, then by earliest partnership. A partner
 * that other partners name as `parent` heads their group lane; partners with the same `holder` (or unknown
 * `parent`) share one. Depends on the partners and the language only, so it is computed once per both.
 */
export function groupLanes(homeName: string, partners: readonly Partner[], language: LanguageCode): LaneGroup[] {
  const ids = new Set(partners.map((partner) => partner.id));
  const groups = new Map<string, { label: string; members: Partner[] }>();
  const singles: Partner[] = [];
  const headIds = new Set(
    partners.flatMap((partner) => (partner.parent !== undefined && ids.has(partner.parent) ? [partner.parent] : [])),
  );
  for (const partner of partners) {
    if (headIds.has(partner.id)) {
      const group = groups.get(`partner:${partner.id}`) ?? { label: '', members: [] };
      group.label = localize(partner.name, language);
      group.members.unshift(partner);
      groups.set(`partner:${partner.id}`, group);
      continue;
    }
    const key = groupKey(partner, ids, language);
    if (key === undefined) {
      singles.push(partner);
      continue;
    }
    const group = groups.get(key) ?? { label: key.startsWith('holder:') ? key.slice(7) : '', members: [] };
    if (!group.label) group.label = partner.parent ?? '';
    group.members.push(partner);
    groups.set(key, group);
  }
  type Entry = { since: string; lane: LaneGroup };
  const entries: Entry[] = singles.map((partner) => ({
    since: sinceKey(partner),
    lane: { id: partner.id, kind: 'partner', label: localize(partner.name, language), partnerIds: [partner.id] },
  }));
  for (const [key, group] of groups) {
    const members = [...group.members].sort((a, b) => sinceKey(a).localeCompare(sinceKey(b)));
    const kind = members.length === 1 ? 'partner' : 'group';
    entries.push({
      since: sinceKey(members[0] as Partner),
      lane: {
        id: kind === 'partner' ? (members[0] as Partner).id : `group-${key}`,
        kind,
        label: kind === 'partner' ? localize((members[0] as Partner).name, language) : group.label,
        partnerIds: members.map((member) => member.id),
      },
    });
  }
  entries.sort((a, b) => a.since.localeCompare(b.since) || a.lane.label.localeCompare(b.lane.label, language));
  return [{ id: 'home', kind: 'home', label: homeName, partnerIds: [] }, ...entries.map((entry) => entry.lane)];
}

/**
 * `groups` without the home district's lane when no event belongs to it alone (every event names a partner that
 * has a lane): an empty band across the whole timeline tells a visitor nothing (issue 12).
 */
export function lanesWithContent(
  groups: readonly LaneGroup[],
  events: ReadonlyArray<{ partners: readonly string[] }>,
): readonly LaneGroup[] {
  const inLanes = new Set(groups.flatMap((group) => group.partnerIds));
  const homeCarries = events.some((event) => !event.partners.some((id) => inLanes.has(id)));
  return homeCarries ? groups : groups.filter((group) => group.kind !== 'home');
}

/** `groups` stacked top to bottom with `metrics` (px): a group lane grows by a row per extra partnership. */
export function stackLanes(groups: readonly LaneGroup[], metrics: LaneMetrics): Lane[] {
  const lanes: Lane[] = [];
  let top = 0;
  for (const lane of groups) {
    const height = metrics.laneHeight + Math.max(0, lane.partnerIds.length - 1) * metrics.groupRowHeight;
    lanes.push({ ...lane, partnerIds: [...lane.partnerIds], top, height });
    top += height + metrics.gap;
  }
  return lanes;
}

/** {@link groupLanes} and {@link stackLanes} in one step. */
export function packLanes(homeName: string, partners: readonly Partner[], language: LanguageCode, metrics: LaneMetrics): Lane[] {
  return stackLanes(groupLanes(homeName, partners, language), metrics);
}

/** Group rows beyond the first in all `groups` (each adds a row of partnership bars). */
export function extraGroupRows(groups: readonly LaneGroup[]): number {
  return groups.reduce((sum, lane) => sum + Math.max(0, lane.partnerIds.length - 1), 0);
}

/** Total height of `lanes` in px. */
export function lanesHeight(lanes: readonly Lane[]): number {
  const last = lanes[lanes.length - 1];
  return last ? last.top + last.height : 0;
}

/** The lane an event belongs to: that of its first known partner, else the home lane. */
export function laneIndexForEvent(lanes: readonly Lane[], partnerIds: readonly string[]): number {
  for (const partnerId of partnerIds) {
    const index = lanes.findIndex((lane) => lane.partnerIds.includes(partnerId));
    if (index >= 0) return index;
  }
  return 0;
}
