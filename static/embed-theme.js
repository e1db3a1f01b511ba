// The embed's `theme=dark`, applied before the first paint so that a dark embed never shows a
// light frame while its code loads: a blocking script in the embed's <head>, a file because the
// Content-Security-Policy refuses inline scripts. The rule is parseEmbedFlags's
// (src/lib/domain/embed-flags.ts), which the embed applies for good once it runs;
// tests/unit/embed-theme-script.test.ts holds the two together.
if (new URLSearchParams(location.search).get('theme') === 'dark') {
	document.documentElement.dataset.theme = 'dark';
}
