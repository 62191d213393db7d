/**
 * Languages written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese):
 * a cue word stands inside a longer run of letters, so it is matched anywhere, not at a word start.
 */
export const unspacedLanguages: ReadonlySet<string> = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);
