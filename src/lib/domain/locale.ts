/**
 * The one locale every date and number is formatted in, so that the prerendered HTML and the
 * browser agree byte for byte whatever the reader's own settings.
 */
export const LOCALE = 'en-GB';
