/**
 * The kiosk's own words (buttons, hints, notices) in every interface language. German is complete and the
 * fallback; other languages may leave keys out. Content texts come from the bundle, never from here.
 * German typography: „…“ quotes and – dashes.
 */

const de = {
  close: 'Schließen',
  waiting: 'Einen Moment bitte …',
  touchToExplore: 'Berühren zum Entdecken',
  idleNotice: 'Gleich beginnt die Ausstellung von vorn – berühren zum Weiterschauen',
  idleSeconds: 'Noch {seconds} s',
  attractLabel: 'Ausstellung: berühren zum Entdecken',
  languageLabel: 'Sprache',
  accessibilityButton: 'Ansicht',
  accessibilityLabel: 'Ansicht anpassen',
  highContrast: 'Hoher Kontrast',
  largeText: 'Große Schrift',
  reducedMotion: 'Weniger Bewegung',
  timelineStart: 'Start',
  timelineToday: 'Heute',
  timelineControls: 'Zeitleiste steuern',
  decadeJump: 'Zu einem Jahrzehnt springen',
  timelineSurface: 'Zeitleiste: mit einem Finger verschieben, mit zwei Fingern zoomen, mit den Pfeiltasten bewegen',
  partnerTowns: '{count} Partnerstädte',
  homeDistrict: 'Heimatkreis',
  since: 'seit {date}',
  until: 'bis {date}',
  atAGlance: 'Auf einen Blick',
  eventsCount: 'Ereignisse ({count})',
  moreInTimeline: '… und {count} weitere in der Zeitleiste',
  partnerships: '{count} Partnerschaften',
  partnersLabel: 'Partner',
  clusterLabel: '{count} Ereignisse, zum Vergrößern tippen',
  imageViewer: 'Bild',
  imageStage: 'Bild: mit zwei Fingern zoomen, zur Seite wischen für das nächste, nach unten wischen zum Schließen',
  previousImage: 'Vorheriges Bild',
  nextImage: 'Nächstes Bild',
} as const;

/** A key of the interface strings. */
export type UiKey = keyof typeof de;

const en: Partial<Record<UiKey, string>> = {
  close: 'Close',
  waiting: 'One moment please …',
  touchToExplore: 'Touch to explore',
  idleNotice: 'The exhibition will start over in a moment – touch to keep exploring',
  idleSeconds: '{seconds} s left',
  attractLabel: 'Exhibition: touch to explore',
  languageLabel: 'Language',
  accessibilityButton: 'Display',
  accessibilityLabel: 'Adjust the display',
  highContrast: 'High contrast',
  largeText: 'Large text',
  reducedMotion: 'Less motion',
  timelineStart: 'Start',
  timelineToday: 'Today',
  timelineControls: 'Timeline controls',
  decadeJump: 'Jump to a decade',
  timelineSurface: 'Timeline: drag with one finger, zoom with two fingers, move with the arrow keys',
  partnerTowns: '{count} partner towns',
  homeDistrict: 'Home district',
  since: 'since {date}',
  until: 'until {date}',
  atAGlance: 'At a glance',
  eventsCount: 'Events ({count})',
  moreInTimeline: '… and {count} more on the timeline',
  partnerships: '{count} partnerships',
  partnersLabel: 'Partners',
  clusterLabel: '{count} events, tap to zoom in',
  imageViewer: 'Image',
  imageStage: 'Image: zoom with two fingers, swipe sideways for the next, swipe down to close',
  previousImage: 'Previous image',
  nextImage: 'Next image',
};

/** Interface strings by language; German must hold every key. */
export const UI_STRINGS: Readonly<Record<string, Partial<Record<UiKey, string>>>> & { de: Record<UiKey, string> } = {
  de,
  en,
};
