import { onMount, tick, untrack } from 'svelte';
import { env } from '$env/dynamic/public';
import {
	commandToPatch,
	HOST_API_VERSION,
	parseHostMessage,
	type EmbedMessage,
	type HostCommand
} from '$lib/domain/host-messages';
import {
	isOriginAllowed,
	parseOriginList,
	resolveAllowedOrigins,
	targetOrigins
} from '$lib/domain/host-origins';
import { readPymWidth, readResizeParams } from '$lib/domain/resize-messages';
import type { AtlasState } from '$lib/state/atlas-state.svelte';
import { createHostWarnings } from './host-warnings';
import { startResizeReports } from './resize-reporter';

/** At most one `timechange` per this many ms: playback moves time on every frame. */
const TIMECHANGE_INTERVAL_MS = 250;
/** Commands kept while the events load (an id can only be checked once they have). */
const MAX_PENDING = 16;

/** The embed code's `hostOrigin` parameters (repeated or space-separated), as one list. */
function readHostOriginParam(search: string): string {
	return new URLSearchParams(search).getAll('hostOrigin').join(' ');
}

/** The host page's origin as the browser tells it, before the host has said anything. */
function announcedHostOrigin(): string | null {
	const ancestors = location.ancestorOrigins;
	if (ancestors && ancestors.length > 0) return ancestors[0] ?? null;
	try {
		return document.referrer ? new URL(document.referrer).origin : null;
	} catch {
		return null;
	}
}

/**
 * The embed's side of the host API and the resize protocols (README, "Host API"). Inside a
 * frame, it listens to the host page's messages, checks each one (namespace, version, fields,
 * sender, origin) and turns it into a patch applied with origin `host`; it tells the host when
 * the atlas is ready, what is selected, where time is (throttled), and the content's height.
 * Outside a frame it does nothing. Call once, from the embed page's initialisation.
 *
 * @returns `autoHeight`: whether the host sizes the frame to the content, so the layout must
 *   have a height of its own instead of filling the frame.
 */
export function connectEmbedHost(atlas: AtlasState): { readonly autoHeight: boolean } {
	let autoHeight = $state(false);
	let connected = $state(false);
	let ready = $state(false);
	let post: (message: unknown) => void = () => {};
	let apply: (command: HostCommand) => void = () => {};
	const pending: HostCommand[] = [];
	let reports: ReturnType<typeof startResizeReports> | undefined;

	onMount(() => {
		if (window.parent === window) return;
		const resize = readResizeParams(location.search);
		autoHeight = resize.autoHeight;
		const site = parseOriginList(env.PUBLIC_EMBED_HOST_ORIGINS);
		const code = parseOriginList(readHostOriginParam(location.search));
		const originProblems = [...site.problems, ...code.problems];
		if (originProblems.length > 0) console.warn('Atlas embed: host origins:', originProblems);
		const allowed = resolveAllowedOrigins(site.origins, code.origins);
		let hostOrigin = announcedHostOrigin();
		const warn = createHostWarnings();

		post = (message) => {
			for (const target of targetOrigins(allowed, hostOrigin)) {
				window.parent.postMessage(message, target);
			}
		};
		apply = (command) => {
			const patch = commandToPatch(command);
			if (!patch) {
				autoHeight = true;
				// Measured once the layout has changed, not left to the ResizeObserver: browsers
				// pause rendering in frames out of view, so it would wait until the reader scrolls.
				void tick().then(() => reports?.report());
				return;
			}
			const problems = atlas.apply(patch, 'host');
			if (problems.length > 0) warn('event', problems.map((p) => p.reason).join('; '));
		};
		reports = startResizeReports(resize.childId, (message) => post(message));

		const onMessage = (event: MessageEvent) => {
			try {
				const fromHost = event.source === window.parent;
				if (fromHost && resize.childId && readPymWidth(event.data, resize.childId) !== null) {
					reports?.report();
					return;
				}
				const result = parseHostMessage(event.data, atlas.timeZone);
				if (result.kind === 'foreign') return;
				if (!fromHost) return warn('source', 'it came from a window other than the host page');
				if (!isOriginAllowed(allowed, event.origin)) {
					return warn('origin', `${event.origin} is not an allowed host origin`);
				}
				if (result.kind === 'refused') return warn(result.problem, result.detail);
				if (event.origin !== 'null') hostOrigin = event.origin;
				if (result.command.type === 'autosize' || untrack(() => ready)) apply(result.command);
				else {
					atlas.eventsAwaited = true;
					if (pending.push(result.command) > MAX_PENDING) pending.shift();
				}
			} catch (error) {
				warn('payload', String(error));
			}
		};
		window.addEventListener('message', onMessage);
		connected = true;
		return () => {
			window.removeEventListener('message', onMessage);
			reports?.stop();
		};
	});

	// Ready once the events have loaded: commands held meanwhile are applied first.
	$effect(() => {
		if (!connected || atlas.dataStatus.kind !== 'ready') return;
		untrack(() => {
			if (ready) return;
			for (const command of pending.splice(0)) apply(command);
			ready = true;
			void tick().then(() => reports?.check());
			post({
				type: 'atlas:ready',
				version: HOST_API_VERSION,
				extent: { ...atlas.extent },
				selectedId: atlas.view.selectedEventId,
				at: atlas.view.at
			} satisfies EmbedMessage);
		});
	});

	let lastSelected: string | null | undefined;
	$effect(() => {
		const id = atlas.view.selectedEventId;
		if (!ready || id === lastSelected) return;
		const first = lastSelected === undefined;
		lastSelected = id;
		if (first) return; // `ready` said it
		const title = untrack(() => atlas.selected?.title ?? null);
		post({ type: 'atlas:select', version: HOST_API_VERSION, id, title } satisfies EmbedMessage);
	});

	// Leading and trailing throttle: a single move is told at once, playback four times a second.
	const timeKey = () =>
		`${atlas.view.at} ${atlas.range.from} ${atlas.range.to} ${atlas.view.playing}`;
	let lastTime: string | null = null;
	let lastSent = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const sendTime = () => {
		timer = undefined;
		lastSent = performance.now();
		const key = timeKey();
		if (key === lastTime) return;
		lastTime = key;
		const { at, playing } = atlas.view;
		const { from, to } = atlas.range;
		post({
			type: 'atlas:timechange',
			version: HOST_API_VERSION,
			at,
			from,
			to,
			playing
		} satisfies EmbedMessage);
	};
	$effect(() => {
		const key = timeKey();
		if (!ready) return;
		if (lastTime === null) lastTime = key; // `ready` said it
		if (key === lastTime || timer !== undefined) return;
		const wait = TIMECHANGE_INTERVAL_MS - (performance.now() - lastSent);
		if (wait <= 0) untrack(sendTime);
		else timer = setTimeout(sendTime, wait);
	});
	$effect(() => () => clearTimeout(timer));

	return {
		get autoHeight() {
			return autoHeight;
		}
	};
}
