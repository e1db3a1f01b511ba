import { simplify } from '@turf/simplify';
import type { BBox, Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { fitPosterFrame, type PosterFrame } from '../poster-frame';
import type { ClusterView } from './clusters';

/**
 * The overview inset: a small locator map, drawn as SVG from the same Natural Earth basemap the
 * map uses (no second WebGL context), framing every event with the countries around them, with
 * a box for what the map shows now.
 */

/** The inset's size in CSS pixels. */
export const INSET_SIZE = { width: 168, height: 124 } as const;
/**
 * Room around the events: wide enough that the map's opening view, which fits every event with a
 * margin of its own, still shows as a box inside the inset, with the countries around it.
 */
const INSET_PADDING = 40;
/** The inset never comes closer than this: it is for where, not what. */
const INSET_MAX_ZOOM = 6;

export interface InsetCountry {
	name: string;
	/** SVG path data in the inset's pixels. */
	d: string;
}

export interface InsetMap {
	frame: PosterFrame;
	countries: InsetCountry[];
}

type CountryFeature = Feature<Polygon | MultiPolygon, { layer?: string; name?: string }>;

/** The frame around every event and the basemap's countries in it, simplified to a pixel. */
export function buildInsetMap(basemap: FeatureCollection, eventsBbox: BBox | null): InsetMap {
	const frame = fitPosterFrame(eventsBbox, {
		...INSET_SIZE,
		padding: INSET_PADDING,
		maxZoom: INSET_MAX_ZOOM
	});
	// About a pixel of the inset, in degrees of longitude: finer detail would not show.
	const tolerance = 360 / (512 * 2 ** frame.zoom);
	const countries = (basemap.features as CountryFeature[])
		.filter((f) => f.properties?.layer === 'country' && /Polygon$/.test(f.geometry?.type ?? ''))
		.map((feature) => {
			const simple = simplify(feature, { tolerance, highQuality: false });
			const polygons =
				simple.geometry.type === 'Polygon'
					? [simple.geometry.coordinates]
					: simple.geometry.coordinates;
			return { name: feature.properties.name ?? '', d: toPath(polygons, frame) };
		})
		.filter((country) => country.d !== '');
	return { frame, countries };
}

function toPath(polygons: Position[][][], frame: PosterFrame): string {
	const { width, height } = frame;
	return (
		polygons
			.flatMap((rings) => rings)
			.map((ring) => ring.map((position) => frame.project(position)))
			// A ring wholly off the inset on one side draws nothing: leave it out.
			.filter(
				(points) =>
					!points.every(([x]) => x < 0) &&
					!points.every(([x]) => x > width) &&
					!points.every(([, y]) => y < 0) &&
					!points.every(([, y]) => y > height)
			)
			.map((points) => `M${points.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join('L')}Z`)
			.join('')
	);
}

/** The map's current box in the inset's pixels, kept inside it: `[x, y, width, height]`. */
export function projectViewBox(
	frame: PosterFrame,
	[west, south, east, north]: BBox
): [number, number, number, number] {
	const [x0, y0] = frame.project([west, north]);
	const [x1, y1] = frame.project([east, south]);
	const clamp = (v: number, max: number) => Math.min(max, Math.max(0, v));
	const [left, top] = [clamp(x0, frame.width), clamp(y0, frame.height)];
	const [right, bottom] = [clamp(x1, frame.width), clamp(y1, frame.height)];
	// A view smaller than a few pixels still gets a box a reader can see.
	const minimum = 4;
	const w = Math.max(minimum, right - left);
	const h = Math.max(minimum, bottom - top);
	return [Math.min(left, frame.width - w), Math.min(top, frame.height - h), w, h];
}

const contains = ([w, s, e, n]: BBox, [lon, lat]: readonly number[]) =>
	(lon as number) >= w && (lon as number) <= e && (lat as number) >= s && (lat as number) <= n;

/**
 * The words for what the map shows, from the data's own views: "Paris area" when the map is on
 * one group of events, "all events" when every event is in view, "near Paris" when the map is
 * closer in than a group or off its centre, and "an area with no events" otherwise.
 */
export function describeViewArea(views: readonly ClusterView[], bounds: BBox): string {
	const all = views.find((v) => v.kind === 'all');
	const centre = [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2];
	const inView = (box: BBox) =>
		contains(bounds, [box[0], box[1]]) && contains(bounds, [box[2], box[3]]);
	const groups = views.filter((v) => v.kind === 'cluster');
	const around = groups.find(
		(v) => inView(v.bbox) && !groups.some((o) => o !== v && inView(o.bbox))
	);
	if (all && inView(all.bbox)) return `all events (${all.name})`;
	if (around) return `${around.name} area`;
	const near = groups.find((v) => contains(padBox(v.bbox, 0.5), centre));
	if (near) return `near ${near.name}`;
	return all && contains(padBox(all.bbox, 0.25), centre)
		? `part of ${all.name}`
		: 'an area with no events';
}

/** A box grown by a fraction of its size on each side (at least a hundredth of a degree). */
function padBox([w, s, e, n]: BBox, fraction: number): BBox {
	const dx = Math.max((e - w) * fraction, 0.01);
	const dy = Math.max((n - s) * fraction, 0.01);
	return [w - dx, s - dy, e + dx, n + dy];
}
