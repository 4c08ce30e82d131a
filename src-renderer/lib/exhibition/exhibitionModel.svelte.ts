/**
 * The exhibition on screen as shared rune state: the bundle's index (built once per bundle), the manifest
 * narrowed to the visitor's filters, and the lanes for the visitor's language (grouped once per language and
 * filter choice). Views read it through {@link getExhibition}; none of them indexes or groups on its own.
 */
import { getContext, setContext } from 'svelte';
import type { BundleManifest, LanguageCode } from '../../../src-shared/bundleSchema';
import type { ActiveBundle } from '../../../src-shared/kioskApi';
import { localize } from '../../../src-shared/localizedText';
import { applyFilters } from '../filters/applyFilters';
import type { KioskFilters } from '../kioskSession.svelte';
import { groupLanes, type LaneGroup } from '../timeline/laneLayout';
import { buildExhibitionIndex, type ExhibitionIndex } from './exhibitionIndex';

/** What the model follows: the shown bundle and the visitor's language and filters. */
export interface ExhibitionInputs {
  bundle: () => ActiveBundle | undefined;
  language: () => LanguageCode;
  filters: () => KioskFilters;
}

export class ExhibitionModel {
  readonly #inputs: ExhibitionInputs;
  /** The index of the shown bundle; rebuilt only when another bundle is shown. */
  readonly index: ExhibitionIndex | undefined = $derived.by(() => {
    const bundle = this.#inputs.bundle();
    return bundle && buildExhibitionIndex(bundle);
  });
  /** The manifest the timeline shows: narrowed to the visitor's filters (the same object without filters). */
  readonly filtered: BundleManifest | undefined = $derived.by(() => {
    const manifest = this.index?.manifest;
    return manifest && applyFilters(manifest, this.#inputs.filters());
  });
  /** The timeline's lanes, not yet sized: grouped once per filtered partner list and language. */
  readonly laneGroups: LaneGroup[] = $derived.by(() => {
    const manifest = this.filtered;
    const language = this.#inputs.language();
    return manifest ? groupLanes(localize(manifest.home.name, language), manifest.partners, language) : [];
  });

  constructor(inputs: ExhibitionInputs) {
    this.#inputs = inputs;
  }

  get language(): LanguageCode {
    return this.#inputs.language();
  }

  /** The lane with `id`, if the timeline shows it. */
  lane(id: string): LaneGroup | undefined {
    return this.laneGroups.find((lane) => lane.id === id);
  }

  /** The id of the lane that shows partner `partnerId` (its own id when no lane does, e.g. filtered away). */
  laneIdOf(partnerId: string): string {
    return this.laneGroups.find((lane) => lane.partnerIds.includes(partnerId))?.id ?? partnerId;
  }
}

const KEY = Symbol('exhibition');

/** Makes `model` available to the component tree below the caller (call during component initialisation). */
export function setExhibition(model: ExhibitionModel): ExhibitionModel {
  return setContext(KEY, model);
}

/** The model set by an ancestor with {@link setExhibition}. */
export function getExhibition(): ExhibitionModel {
  const model = getContext<ExhibitionModel | undefined>(KEY);
  if (!model) throw new Error('getExhibition() outside the kiosk shell: no exhibition model in context');
  return model;
}
