import { describe, expect, it } from 'vitest';
import { bundleManifest, type BundleManifestInput } from '../../../../../src-shared/bundleSchema';
import { KioskSession, NO_FILTERS } from '../../../../../src-renderer/lib/kioskSession.svelte';
import { KioskShell } from '../../../../../src-renderer/lib/kioskShell.svelte';

const input: BundleManifestInput = {
  schema: 1,
  id: 'model-test',
  title: 'Test',
  home: { name: { de: 'Kreis', en: 'District' }, location: { lat: 51, lon: 8 } },
  partners: [
    { id: 'hefer', name: 'Emek Hefer', country: 'IL', kind: 'Partnerschaft', since: '1980' },
    { id: 'town-a', name: 'A-Stadt', country: 'FR', kind: 'Städtepartnerschaft', holder: 'Siegen', since: '1985' },
    { id: 'town-b', name: 'B-Stadt', country: 'FR', kind: 'Städtepartnerschaft', holder: 'Siegen', since: '1990' },
  ],
  images: [{ id: 'img', file: 'bilder/img.jpg', caption: 'Bild' }],
  events: [
    { id: 'e1', date: '1981', title: 'Eins', partners: ['hefer'], images: ['img'] },
    { id: 'e2', date: '1991', title: 'Zwei', partners: ['town-b'] },
  ],
  collections: [{ id: 'k', title: 'K', images: ['img'] }],
};
const bundle = { manifest: bundleManifest.parse(input), baseUrl: '/bundle/', version: 'v', revision: 1 };

function shellWithBundle() {
  const session = new KioskSession();
  const shell = new KioskShell(session);
  shell.source.setPreview(bundle);
  return { session, shell };
}

describe('ExhibitionModel', () => {
  it('indexes a bundle once, whatever the visitor changes', () => {
    const { session, shell } = shellWithBundle();
    const index = shell.exhibition.index;
    session.language = 'en';
    session.filters = { ...NO_FILTERS, countries: new Set(['FR']) };
    expect(shell.exhibition.index).toBe(index);
  });

  it('groups lanes once per language and filter choice', () => {
    const { session, shell } = shellWithBundle();
    const lanes = shell.exhibition.laneGroups;
    expect(lanes.map((lane) => lane.kind)).toEqual(['home', 'partner', 'group']);
    expect(shell.exhibition.laneGroups).toBe(lanes);
    session.language = 'en';
    expect(shell.exhibition.laneGroups[0]?.label).toBe('District');
    session.filters = { ...NO_FILTERS, countries: new Set(['IL']) };
    expect(shell.exhibition.laneGroups.map((lane) => lane.id)).toEqual(['home', 'hefer']);
    expect(shell.exhibition.filtered?.events.map((event) => event.id)).toEqual(['e1']);
  });

  it('finds the lane of a partner, and the partner itself when no lane shows it', () => {
    const { shell } = shellWithBundle();
    const group = shell.exhibition.laneGroups[2];
    expect(shell.exhibition.laneIdOf('town-b')).toBe(group?.id);
    expect(shell.exhibition.laneIdOf('gone')).toBe('gone');
  });
});

describe('KioskShell', () => {
  it('opens a group lane as a group and a partner lane as the partner, and marks the lane as selected', () => {
    const { shell } = shellWithBundle();
    const group = shell.exhibition.laneGroups[2] as { id: string };
    shell.openLane(group.id);
    expect(shell.openGroup?.partnerIds).toEqual(['town-a', 'town-b']);
    expect(shell.selectedLaneId).toBe(group.id);
    shell.openLane('hefer');
    expect(shell.openPartner?.id).toBe('hefer');
    expect(shell.selectedLaneId).toBe('hefer');
  });

  it('shows a gallery image on the timeline with its event open and a way back', () => {
    const { session, shell } = shellWithBundle();
    shell.setMode('gallery');
    expect(shell.mode).toBe('gallery');
    shell.showInTimeline(0);
    expect(session.mode).toBe('timeline');
    expect(shell.openEvent?.id).toBe('e1');
    expect(shell.ui.returnToGallery).toBe(true);
  });

  it('filters the timeline to a partner tapped on the map', () => {
    const { session, shell } = shellWithBundle();
    shell.showPartnerOnTimeline('town-a');
    expect([...session.filters.partnerIds]).toEqual(['town-a']);
    expect(shell.openPartner?.id).toBe('town-a');
  });

  it('resets the visitor session and rebuilds the timeline', () => {
    const { session, shell } = shellWithBundle();
    session.language = 'en';
    shell.galleryIndex = 3;
    shell.ui.openEvent('e2');
    shell.resetVisitorSession();
    expect(session.language).toBe('de');
    expect(shell.galleryIndex).toBe(0);
    expect(shell.ui.panel).toBeUndefined();
    expect(shell.idleResets).toBe(1);
  });

  it('opens the attract slide that was showing', () => {
    const { shell } = shellWithBundle();
    shell.openAttractSlide({ kind: 'image', imageId: 'img', collectionId: 'k', index: 0 });
    expect(shell.ui.viewer).toEqual({ imageIds: ['img'], index: 0 });
    shell.closeTopmost();
    expect(shell.ui.viewer).toBeUndefined();
  });
});
