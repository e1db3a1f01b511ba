/**
 * Puts text on the clipboard, or says it could not: the API is missing outside secure contexts,
 * and the browser may refuse (no permission, a sandboxed frame, the page not focused). Callers
 * then select the text for the reader to copy by hand, so a refusal is never silent.
 */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (!navigator.clipboard?.writeText) return false;
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** What the reader is told when the text is selected for them instead. */
export const COPY_BY_HAND =
	'Copying was refused: the text is selected, press Ctrl+C (⌘C on a Mac).';
