import type { LanguageCode } from '../../src-shared/bundleSchema';

/** The visitor-facing views of the kiosk. */
export type KioskMode = 'timeline' | 'gallery' | 'map' | 'partners';

/** What a visitor can narrow the timeline to; empty sets mean "all". */
export interface KioskFilters {
  partnerIds: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  themes: ReadonlySet<string>;
}

export const NO_FILTERS: KioskFilters = { partnerIds: new Set(), countries: new Set(), themes: new Set() };

/** Display preferences a visitor can switch; reset when the kiosk falls idle. */
export interface AccessibilityPrefs {
  highContrast: boolean;
  largeText: boolean;
  reducedMotion: boolean;
}

/**
 * One visitor's session at the kiosk: language, view, filters and display preferences. Everything here is reset
 * when the kiosk falls idle, so the next visitor always finds the same start. App-wide singleton: `kioskSession`.
 */
export class KioskSession {
  /** Language of the interface and the content (per-field fallback to German). */
  language = $state<LanguageCode>('de');
  mode = $state<KioskMode>('timeline');
  filters = $state.raw<KioskFilters>(NO_FILTERS);
  prefs = $state<AccessibilityPrefs>({ highContrast: false, largeText: false, reducedMotion: false });
  /** Language the kiosk starts in (from the settings); `reset` returns to it. */
  #startLanguage: LanguageCode = 'de';
  /** View the kiosk starts in (the manifest's `startView`); `reset` returns to it. */
  #startMode: KioskMode = 'timeline';

  /** Sets the start language (from the kiosk settings) and switches to it. */
  setStartLanguage(language: LanguageCode): void {
    this.#startLanguage = language;
    this.language = language;
  }

  /** Sets the start view (from the shown bundle's manifest, `startView`) and switches to it. */
  setStartMode(mode: KioskMode): void {
    this.#startMode = mode;
    this.mode = mode;
  }

  /** Back to the start: language, view, filters and preferences. Overlays are closed by their owners. */
  reset(): void {
    this.language = this.#startLanguage;
    this.mode = this.#startMode;
    this.filters = NO_FILTERS;
    this.prefs = { highContrast: false, largeText: false, reducedMotion: false };
  }
}

export const kioskSession = new KioskSession();
