import type { HandleClientError } from '@sveltejs/kit';
import { rememberPrerenderedPage } from '$lib/fault/prerendered';

/**
 * Any error SvelteKit meets in the browser: if it happens while the page starts (typically a
 * script that failed to load), the prerendered content is kept for the error page to show.
 */
export const handleError: HandleClientError = ({ error, status }) => {
	rememberPrerenderedPage();
	console.warn('The interactive atlas could not start.', error);
	return {
		message:
			status === 404
				? 'This page does not exist.'
				: 'Part of the interactive atlas could not be loaded.'
	};
};
