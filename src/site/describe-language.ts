const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** How a page shows and marks up one language. */
export interface LanguageLabel {
  /** BCP 47 tag, as in the frontmatter. */
  tag: string;
  /** English name of the language (`Greek`), or the tag when the runtime has no name for it. */
  name: string;
  /** Writing direction for the `dir` attribute. */
  dir: 'ltr' | 'rtl';
}

/**
 * Name a language in English and give its writing direction, from the runtime's CLDR data.
 *
 * @example
 *   describeLanguage('el') // { tag: 'el', name: 'Greek', dir: 'ltr' }
 */
export function describeLanguage(tag: string): LanguageLabel {
  if (tag === 'und') return { tag, name: 'Unknown language', dir: 'ltr' };
  let name: string | undefined;
  let dir: 'ltr' | 'rtl' = 'ltr';
  try {
    name = englishNames.of(tag);
    const locale = new Intl.Locale(tag).maximize() as Intl.Locale & { getTextInfo?: () => { direction?: string } };
    if (locale.getTextInfo?.().direction === 'rtl') dir = 'rtl';
  } catch {
    // A tag the runtime cannot parse is shown as it is.
  }
  return { tag, name: name ?? tag, dir };
}
