import type { AddLayerObject, ExpressionSpecification } from 'maplibre-gl';
import { buildFadedFilter, buildShownExpression, type IntervalKeys } from './expressions';

/** The id of the layer drawing the faded features of layer `id`. */
export const fadedTwinOf = (id: string): string => `${id}-faded`;

/** Which features each twin draws: the shown ones, and the faded ones (past, fading on). */
export interface TwinFilters {
	shown: ExpressionSpecification;
	faded: ExpressionSpecification;
}

/** The twins' filters for features carrying the intervals `keys`. */
export function fadeFilters(keys: IntervalKeys): TwinFilters {
	return { shown: buildShownExpression(keys), faded: buildFadedFilter(keys) };
}

/** For each faded paint property, its value on the shown twin and on the faded one. */
export type FadePaint = Record<string, readonly [shown: unknown, faded: unknown]>;

/**
 * A layer whose features are drawn lighter once they are over, as two layers on its source:
 * `<id>-faded` below, for the past features while fading is on, and `<id>` above, for the shown
 * ones, each with constant opacities. An opacity that read the time range would have MapLibre
 * evaluate it for every feature on every slider step and send the layer to its workers again;
 * with twins a step evaluates only their filters (measured: the map's worker spent about half
 * as long per step at 10,000 events). `only` narrows both (a zoom test, say).
 */
export function withFadedTwin(
	layer: AddLayerObject & { paint?: object },
	filters: TwinFilters,
	fade: FadePaint,
	only?: ExpressionSpecification
): AddLayerObject[] {
	const twin = (id: string, filter: ExpressionSpecification, pick: 0 | 1) =>
		({
			...layer,
			id,
			filter: only ? ['all', only, filter] : filter,
			paint: {
				...layer.paint,
				...Object.fromEntries(Object.entries(fade).map(([name, values]) => [name, values[pick]]))
			}
		}) as AddLayerObject;
	return [twin(fadedTwinOf(layer.id), filters.faded, 1), twin(layer.id, filters.shown, 0)];
}
