/*
 * A test host page, as a newsroom would write one, configured by its query string:
 * - `site`: the atlas's origin; `embed`: the embed's query string (without `?`);
 * - `frames`: comma-separated slots, each `<width>` or `<width>x<height>` (a class of host.css);
 * - `mode`: `plain` (iframes), `embedjs` (iframes and the site's /embed.js), `pym` (pym.Parent);
 * - `sandbox`: the iframes' sandbox attribute; `late=1` adds one more frame a second later.
 * Every message the page receives is kept in `window.__messages` with the index of the frame
 * that sent it (-1 when none of them did).
 */
(() => {
	const params = new URLSearchParams(location.search);
	const site = params.get('site');
	const embedQuery = params.get('embed') || '';
	const mode = params.get('mode') || 'plain';
	const sandbox = params.get('sandbox');
	const slots = (params.get('frames') || '400').split(',');
	const container = document.getElementById('frames');
	const frames = [];
	window.__messages = [];
	window.__frames = frames;
	window.addEventListener('message', (event) => {
		const index = frames.findIndex((frame) => frame.contentWindow === event.source);
		window.__messages.push({ index, origin: event.origin, data: event.data });
	});

	const embedUrl = `${site}/embed${embedQuery ? `?${embedQuery}` : ''}`;
	function addSlot(spec, index) {
		const [width, height] = spec.split('x');
		const slot = document.createElement('div');
		slot.className = `slot w${width}`;
		slot.id = `slot-${index}`;
		container.appendChild(slot);
		if (mode === 'pym') {
			const parent = new window.pym.Parent(slot.id, embedUrl, {
				title: `Atlas embed ${index + 1}`
			});
			frames.push(parent.iframe);
			return;
		}
		const frame = document.createElement('iframe');
		frame.src = embedUrl;
		frame.title = `Atlas embed ${index + 1}`;
		frame.className = height ? `fill h${height}` : 'fill';
		if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
		slot.appendChild(frame);
		frames.push(frame);
	}
	slots.forEach(addSlot);
	if (params.get('late') === '1') setTimeout(() => addSlot('640', slots.length), 1000);
	if (mode === 'embedjs') {
		const script = document.createElement('script');
		script.src = `${site}/embed.js`;
		script.async = true;
		document.head.appendChild(script);
		// The snippet pasted twice, as in a live blog: still one listener.
		const again = document.createElement('script');
		again.src = `${site}/embed.js`;
		again.async = true;
		document.head.appendChild(again);
	}
})();
