/**
 * What a newsroom page does to drive an embed, and nothing more: post `atlas:*` messages to the
 * frame, and listen to the ones it sends back (README, "Host API"). Commands wait for the
 * embed's `atlas:ready`, since an event id can only be checked once its events have loaded.
 */
export function driveEmbed(frame: HTMLIFrameElement) {
	let ready = false;
	let queued: object[] = [];
	const send = (message: object) => {
		if (ready) frame.contentWindow?.postMessage({ version: 1, ...message }, location.origin);
		else queued.push(message);
	};
	const onMessage = (event: MessageEvent) => {
		if (event.source !== frame.contentWindow || event.data?.type !== 'atlas:ready') return;
		ready = true;
		for (const message of queued) send(message);
		queued = [];
	};
	window.addEventListener('message', onMessage);
	return {
		/** Shows an event: time moved to its start, then the event selected. */
		show(step: { id: string; startMs: number }) {
			// Only the latest step matters while the embed is still loading.
			if (!ready) queued = [];
			send({ type: 'atlas:setTime', at: step.startMs });
			send({ type: 'atlas:select', id: step.id });
		},
		stop: () => window.removeEventListener('message', onMessage)
	};
}
