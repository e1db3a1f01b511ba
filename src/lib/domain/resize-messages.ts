/**
 * The resize protocols an embed speaks, so that any newsroom's host page can size its frame to
 * the content: Pym.js (NPR; the parent adds `childId` and `initialWidth` to the frame's URL),
 * Datawrapper's `{"datawrapper-height": {id: px}}` object, the `iframe.resize` JSON string of
 * Embedly and Flourish, and the atlas's own `atlas:height`. Formats as pym.v1.js writes them.
 */

/** Pym.js's field separator: `pym` + sep + childId + sep + type + sep + payload. */
const PYM_SEPARATOR = 'xPYMx';
/** A childId Pym's parent uses as a regular expression: only plain characters are safe there. */
const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Widths and heights beyond any screen are refused. */
const MAX_PIXELS = 100_000;

/** How the embed's frame is sized, from the frame's URL. */
export interface ResizeParams {
	/** Pym's id for this frame, or null outside Pym. */
	childId: string | null;
	/** The frame's width when Pym created it, px. */
	initialWidth: number | null;
	/**
	 * Whether the host sizes the frame to the content (Pym, or `autoheight=1`): the embed then
	 * lays itself out at its own height instead of filling the frame. The site's embed.js says
	 * so by message instead (`atlas:autosize`).
	 */
	autoHeight: boolean;
}

export function readResizeParams(search: string): ResizeParams {
	const params = new URLSearchParams(search);
	const id = params.get('childId');
	const childId = id !== null && CHILD_ID.test(id) ? id : null;
	const width = Number(params.get('initialWidth'));
	const initialWidth = Number.isInteger(width) && width > 0 && width <= MAX_PIXELS ? width : null;
	return {
		childId,
		initialWidth,
		autoHeight: childId !== null || params.get('autoheight') === '1'
	};
}

/** A Pym.js message, as `pym.Child#sendMessage` writes it. */
export function pymMessage(childId: string, type: string, payload: string): string {
	return ['pym', childId, type, payload].join(PYM_SEPARATOR);
}

/**
 * The width a Pym parent announces to this child (`pymxPYMx<id>xPYMxwidthxPYMx<px>`), or null
 * for any other message, including those for other children on the same page.
 */
export function readPymWidth(data: unknown, childId: string): number | null {
	if (typeof data !== 'string' || data.length > 200) return null;
	const prefix = pymMessage(childId, 'width', '');
	if (!data.startsWith(prefix)) return null;
	const text = data.slice(prefix.length);
	const width = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
	return width > 0 && width <= MAX_PIXELS ? width : null;
}

/**
 * Every message that tells a host the content's height, one per dialect. Pym's needs the
 * childId its parent gave; Datawrapper's is keyed by an id its parent script does not check
 * (it matches the frame by `event.source`), so the childId or `atlas` serves.
 */
export function heightMessages(height: number, childId: string | null, src: string): unknown[] {
	const px = Math.ceil(height);
	const messages: unknown[] = [
		{ type: 'atlas:height', version: 1, height: px },
		{ 'datawrapper-height': { [childId ?? 'atlas']: px } },
		JSON.stringify({ src, context: 'iframe.resize', height: px })
	];
	if (childId) messages.push(pymMessage(childId, 'height', String(px)));
	return messages;
}
