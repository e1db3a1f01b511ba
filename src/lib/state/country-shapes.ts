import { asset } from '$app/paths';
import { BASEMAP_FILE } from '$lib/domain/geo/basemap-files';
import { countryShapes, type CountryShapes } from '$lib/domain/geo/border';

let shapes: Promise<CountryShapes> | undefined;

/**
 * The basemap's country outlines, for claims measured to a border. Fetched once per page, and
 * only when such a claim is shown; the map has usually fetched the same file already, so the
 * browser's cache answers.
 */
export function loadCountryShapes(): Promise<CountryShapes> {
	shapes ??= fetch(asset(`/${BASEMAP_FILE}`))
		.then((response) => {
			if (!response.ok) throw new Error(`the basemap answered ${response.status}`);
			return response.json();
		})
		.then(countryShapes)
		.catch((error: unknown) => {
			shapes = undefined; // a later claim may try again
			throw error;
		});
	return shapes;
}
