import qrcode from 'qrcode-generator';

/** A QR code as one SVG path in module units, the quiet zone included, for crisp printing. */
export interface QrPicture {
	/** Width and height of the square in modules, quiet zone included (the viewBox). */
	size: number;
	/** Every dark module as a 1×1 square, in one path. */
	path: string;
}

/** The blank margin scanners need around the code, in modules (the standard asks for 4). */
const QUIET_ZONE = 4;

/**
 * The QR code of a link, at medium error correction (a printed page survives a fold or a
 * smudge) and the smallest version that holds it. The library does the encoding; this only
 * turns its modules into a path, so the page draws it as markup with no inline style.
 */
export function buildQrPicture(text: string): QrPicture {
	const qr = qrcode(0, 'M');
	qr.addData(text, 'Byte');
	qr.make();
	const count = qr.getModuleCount();
	let path = '';
	for (let row = 0; row < count; row++) {
		for (let col = 0; col < count; col++) {
			if (qr.isDark(row, col)) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
		}
	}
	return { size: count + 2 * QUIET_ZONE, path };
}
