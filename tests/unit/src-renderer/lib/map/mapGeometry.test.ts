import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import countries from 'world-atlas/countries-110m.json';
import { bundleManifest, type BundleManifest } from '../../../../../src-shared/bundleSchema';
import { arcPath, basePaths, fitProjection, mapPlaces, project } from '../../../../../src-renderer/lib/map/mapGeometry';

function shipped(id: string): BundleManifest {
  return bundleManifest.parse(parse(readFileSync(path.resolve('content', id, 'bundle.yaml'), 'utf8')));
}

// world-atlas ships plain JSON; its shape is a TopoJSON topology (the package documents it as such).
const topology = countries as unknown as Topology;
const SIZES = [
  { width: 1400, height: 800 },
  { width: 1000, height: 1100 },
];
const PADDING = 60;

describe('fitProjection for the shipped bundles', () => {
  it.each([
    { bundle: 'siegen-wittgenstein-emek-hefer', placed: 1, unplaced: 0 },
    { bundle: 'landkreis-kassel', placed: 5, unplaced: 2 },
    { bundle: 'landkreis-harz', placed: 23, unplaced: 2 },
  ])('$bundle: home and every placed partner inside the padded map', ({ bundle, placed, unplaced }) => {
    const places = mapPlaces(shipped(bundle));
    expect(places.placed).toHaveLength(placed);
    expect(places.unplaced).toHaveLength(unplaced);
    for (const size of SIZES) {
      const projection = fitProjection(places, size, PADDING);
      for (const at of [places.home, ...places.placed.map((place) => place.at)]) {
        const point = project(projection, at)!;
        expect(point.x).toBeGreaterThanOrEqual(PADDING - 1);
        expect(point.x).toBeLessThanOrEqual(size.width - PADDING + 1);
        expect(point.y).toBeGreaterThanOrEqual(PADDING - 1);
        expect(point.y).toBeLessThanOrEqual(size.height - PADDING + 1);
      }
    }
  });

  it('keeps a near partner from zooming the map to a street map', () => {
    const manifest = bundleManifest.parse({
      schema: 1,
      id: 'near',
      title: 'Nah',
      home: { name: 'Kreis', location: { lat: 51, lon: 8 } },
      partners: [{ id: 'p', name: 'P', country: 'NL', kind: 'Partnerschaft', location: { lat: 51.2, lon: 8.3 } }],
    });
    const projection = fitProjection(mapPlaces(manifest), { width: 1000, height: 800 }, 40);
    const home = project(projection, [8, 51])!;
    const partner = project(projection, [8.3, 51.2])!;
    expect(Math.hypot(home.x - partner.x, home.y - partner.y)).toBeLessThan(60);
  });
});

describe('basePaths and arcs', () => {
  const places = mapPlaces(shipped('landkreis-harz'));
  const size = { width: 1400, height: 800 };
  const projection = fitProjection(places, size, PADDING);
  it('draws land and borders, and leaves the projection unclipped', () => {
    const paths = basePaths(topology, projection, size);
    expect(paths.land.length).toBeGreaterThan(1000);
    expect(paths.borders.length).toBeGreaterThan(1000);
    expect(projection.clipExtent()).toBeNull();
  });
  it('draws an arc from home to Vietnam that starts and ends at the projected points', () => {
    const hoiAn = places.placed.find((place) => place.partner.id === 'wernigerode-hoi-an')!.at;
    const d = arcPath(projection, places.home, hoiAn);
    const start = project(projection, places.home)!;
    const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(numbers[0]).toBeCloseTo(start.x, 0);
    expect(numbers[1]).toBeCloseTo(start.y, 0);
    // Resampled along the great circle: many points, not a straight two-point line.
    expect((d.match(/L/g) ?? []).length).toBeGreaterThan(3);
  });
});
