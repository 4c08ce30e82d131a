/**
 * Geometry of the offline partner map: which partners have a place, a projection fitted to the home district and
 * its partners, and the SVG paths of the land, the borders and the arcs. Pure; computed once per bundle and size.
 */
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import type { BundleManifest, Partner } from '../../../src-shared/bundleSchema';

/** Longitude, latitude in degrees (GeoJSON order). */
export type LonLat = [number, number];

/** Where the map's content lies. */
export interface MapPlaces {
  home: LonLat;
  /** Partners with a `location`, in bundle order. */
  placed: Array<{ partner: Partner; at: LonLat }>;
  /** Partners without a `location`: listed beside the map instead. */
  unplaced: Partner[];
}

/** Size of the map area in px. */
export interface MapSize {
  width: number;
  height: number;
}

/**
 * Half extent (degrees lon, lat) always shown around the home district, so a bundle with one near partner is not
 * zoomed to a street map and the home country stays recognisable.
 */
export const HOME_CONTEXT: LonLat = [9, 5];

/** The home district and the partners, split into placed and unplaced. */
export function mapPlaces(manifest: BundleManifest): MapPlaces {
  const placed: MapPlaces['placed'] = [];
  const unplaced: Partner[] = [];
  for (const partner of manifest.partners) {
    if (partner.location) placed.push({ partner, at: [partner.location.lon, partner.location.lat] });
    else unplaced.push(partner);
  }
  return { home: [manifest.home.location.lon, manifest.home.location.lat], placed, unplaced };
}

/**
 * A Natural Earth projection centred on the home district's meridian, fitted so that home, every placed partner
 * and a margin of {@link HOME_CONTEXT} around home lie inside `size` minus `padding` px on each side. Europe-only
 * bundles get a Europe map; a partner in Vietnam or the USA widens it as far as needed.
 */
export function fitProjection(places: MapPlaces, size: MapSize, padding: number): GeoProjection {
  const [lon, lat] = places.home;
  const [dLon, dLat] = HOME_CONTEXT;
  const coordinates: LonLat[] = [
    places.home,
    [lon - dLon, lat - dLat],
    [lon + dLon, lat + dLat],
    ...places.placed.map((place) => place.at),
  ];
  const pad = Math.min(padding, size.width / 4, size.height / 4);
  return geoNaturalEarth1()
    .rotate([-lon, 0])
    .fitExtent(
      [
        [pad, pad],
        [size.width - pad, size.height - pad],
      ],
      { type: 'MultiPoint', coordinates },
    );
}

/** SVG path data of the base map: all land (one path) and the borders between countries (one mesh). */
export interface BasePaths {
  land: string;
  borders: string;
}

/**
 * The base map for `projection`, clipped to `size` so off-screen countries add no path data.
 * @param topology A world-atlas countries topology with the object `countries`.
 */
export function basePaths(topology: Topology, projection: GeoProjection, size: MapSize): BasePaths {
  const clipped = projection.clipExtent([
    [-2, -2],
    [size.width + 2, size.height + 2],
  ]);
  const path = geoPath(clipped);
  const countries = topology.objects.countries as GeometryCollection;
  const land = path(feature(topology, countries)) ?? '';
  const borders = path(mesh(topology, countries, (a, b) => a !== b)) ?? '';
  clipped.clipExtent(null);
  return { land, borders };
}

/** The great-circle arc from `from` to `to` as SVG path data (d3 resamples a LineString along the great circle). */
export function arcPath(projection: GeoProjection, from: LonLat, to: LonLat): string {
  return geoPath(projection)({ type: 'LineString', coordinates: [from, to] }) ?? '';
}

/** Screen position (px) of `at`, or `undefined` when the projection cannot show it. */
export function project(projection: GeoProjection, at: LonLat): { x: number; y: number } | undefined {
  const point = projection(at);
  return point ? { x: point[0], y: point[1] } : undefined;
}
