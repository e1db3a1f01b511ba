/**
 * Names for the characters that make two texts look identical while differing: invisible
 * format characters, look-alike dashes and spaces, combining accents. Error messages name them
 * by code point and name, because printing them would show nothing at all.
 */
const NAMES: ReadonlyMap<number, string> = new Map([
	[0x00a0, 'NO-BREAK SPACE'],
	[0x00ad, 'SOFT HYPHEN'],
	[0x034f, 'COMBINING GRAPHEME JOINER'],
	[0x061c, 'ARABIC LETTER MARK'],
	[0x115f, 'HANGUL CHOSEONG FILLER'],
	[0x1160, 'HANGUL JUNGSEONG FILLER'],
	[0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
	[0x2007, 'FIGURE SPACE'],
	[0x200b, 'ZERO WIDTH SPACE'],
	[0x200c, 'ZERO WIDTH NON-JOINER'],
	[0x200d, 'ZERO WIDTH JOINER'],
	[0x200e, 'LEFT-TO-RIGHT MARK'],
	[0x200f, 'RIGHT-TO-LEFT MARK'],
	[0x2010, 'HYPHEN'],
	[0x2011, 'NON-BREAKING HYPHEN'],
	[0x2012, 'FIGURE DASH'],
	[0x2013, 'EN DASH'],
	[0x2014, 'EM DASH'],
	[0x2015, 'HORIZONTAL BAR'],
	[0x2026, 'HORIZONTAL ELLIPSIS'],
	[0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
	[0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
	[0x202c, 'POP DIRECTIONAL FORMATTING'],
	[0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
	[0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
	[0x202f, 'NARROW NO-BREAK SPACE'],
	[0x2060, 'WORD JOINER'],
	[0x2061, 'FUNCTION APPLICATION'],
	[0x2062, 'INVISIBLE TIMES'],
	[0x2063, 'INVISIBLE SEPARATOR'],
	[0x2064, 'INVISIBLE PLUS'],
	[0x2066, 'LEFT-TO-RIGHT ISOLATE'],
	[0x2067, 'RIGHT-TO-LEFT ISOLATE'],
	[0x2068, 'FIRST STRONG ISOLATE'],
	[0x2069, 'POP DIRECTIONAL ISOLATE'],
	[0x2212, 'MINUS SIGN'],
	[0x3164, 'HANGUL FILLER'],
	[0xfe0e, 'VARIATION SELECTOR-15'],
	[0xfe0f, 'VARIATION SELECTOR-16'],
	[0xfeff, 'ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)'],
	[0xffa0, 'HALFWIDTH HANGUL FILLER'],
	[0xfffd, 'REPLACEMENT CHARACTER'],
	[0x0300, 'COMBINING GRAVE ACCENT'],
	[0x0301, 'COMBINING ACUTE ACCENT'],
	[0x0302, 'COMBINING CIRCUMFLEX ACCENT'],
	[0x0303, 'COMBINING TILDE'],
	[0x0308, 'COMBINING DIAERESIS'],
	[0x030a, 'COMBINING RING ABOVE'],
	[0x030c, 'COMBINING CARON'],
	[0x0327, 'COMBINING CEDILLA'],
	[0x0328, 'COMBINING OGONEK']
]);

const CONTROL_NAMES: ReadonlyMap<number, string> = new Map([
	[0x00, 'NULL'],
	[0x09, 'CHARACTER TABULATION'],
	[0x0a, 'LINE FEED'],
	[0x0d, 'CARRIAGE RETURN'],
	[0x7f, 'DELETE']
]);

/**
 * Characters that show nothing by themselves: format characters (zero-width spaces, joiners,
 * direction marks, the byte order mark) and the other default-ignorable code points (soft
 * hyphen, fillers, variation selectors).
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
const CONTROL = /\p{Cc}/u;
const COMBINING = /\p{M}/u;
const SPACE = /[\s\p{Z}]/u;
const ANY_HIDDEN = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cc}]/u;

/** `U+200B`: a code point as Unicode writes it. */
export function codePointLabel(codePoint: number): string {
	return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Whether a character shows nothing by itself (see `INVISIBLE`). */
export function isInvisible(char: string): boolean {
	return INVISIBLE.test(char);
}

/** Whether a character is a control character: a line break, a tab, NUL, DEL, … */
export function isControl(char: string): boolean {
	return CONTROL.test(char);
}

/** Whether a character could be mistaken for another when printed in a message. */
function needsName(char: string): boolean {
	return isInvisible(char) || isControl(char) || COMBINING.test(char) || SPACE.test(char);
}

/**
 * A character as an error message shows it: `"a"` when it prints as itself, else its code
 * point and name, `U+200B ZERO WIDTH SPACE`, followed by the character itself when it is
 * visible but easily confused, `U+2013 EN DASH "–"`.
 */
export function describeChar(char: string): string {
	const codePoint = char.codePointAt(0) ?? 0;
	const label = codePointLabel(codePoint);
	const name = NAMES.get(codePoint) ?? CONTROL_NAMES.get(codePoint);
	if (name !== undefined) {
		return needsName(char) ? `${label} ${name}` : `${label} ${name} "${char}"`;
	}
	if (isControl(char)) return `${label} (a control character)`;
	if (isInvisible(char)) return `${label} (an invisible format character)`;
	if (COMBINING.test(char)) return `${label} (a combining mark)`;
	if (SPACE.test(char)) return `${label} (a space)`;
	return JSON.stringify(char);
}

/** An invisible or control character found in a text, at a UTF-16 offset. */
export interface HiddenChar {
	index: number;
	char: string;
}

/**
 * Every invisible or control character of `text` (see `isInvisible`, `isControl`), except
 * those `allowed` (for example the joiners some scripts need), in order.
 */
export function findHiddenChars(
	text: string,
	allowed: ReadonlySet<string> = new Set()
): HiddenChar[] {
	const found: HiddenChar[] = [];
	// One regular-expression scan settles the usual case, a text with nothing hidden.
	if (!ANY_HIDDEN.test(text)) return found;
	let index = 0;
	for (const char of text) {
		if ((isInvisible(char) || isControl(char)) && !allowed.has(char)) found.push({ index, char });
		index += char.length;
	}
	return found;
}
