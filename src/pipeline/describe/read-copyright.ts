/** The marks a copyright line opens its holder with. */
const copyrightMark = /©|ⓒ|\(c\)|\bcopyright\b/giu;

/** Words a publisher's name may hold in lower case, between capitalised ones ("Corriere della Sera"). */
const nameLinks = new Set([
  'of',
  'the',
  'and',
  'de',
  'del',
  'della',
  'di',
  'da',
  'do',
  'du',
  'des',
  'la',
  'le',
  'el',
  'y',
  'e',
  'und',
  'van',
  'von',
  '&',
]);

/** Most words of a publisher's name. */
const maximumNameWords = 5;

/**
 * The holder a copyright line names, as the page's publisher: the name after the mark ("© 2025
 * Reuters. All rights reserved.", "© Diario Córdoba 2025", "COPYRIGHT © ANTARA 2025"), else the
 * name before it ("InfoMoney © 2025 Todos os direitos reservados"), without years. Only a name
 * written as one counts, each word capitalised but for linking words, so that "all rights
 * reserved" in any language is never taken for it; in scripts without capitals nothing is.
 *
 * @example
 *   copyrightHolder('© 2025 Anadolu Ajansı. Tüm hakları saklıdır.') // 'Anadolu Ajansı'
 *   copyrightHolder('Bản quyền © 2025 thuộc về Báo Tin tức') // null
 */
export function copyrightHolder(line: string): string | null {
  const marks = [...line.matchAll(copyrightMark)];
  const first = marks[0];
  const last = marks.at(-1);
  if (!first || !last) return null;
  const after = line.slice((last.index ?? 0) + last[0].length);
  const before = line.slice(0, first.index);
  // The name runs to the first full stop, bar, comma or dash between spaces.
  const holderIn = (text: string) => asName(text.split(/[.。|,;]|\s[-–—]\s/u)[0] ?? '');
  return holderIn(after) ?? holderIn(before.split(/[.。|,;]/u).at(-1) ?? '');
}

/** A publisher's name as written, without years and marks, or `null` when the words are not written as one. */
function asName(text: string): string | null {
  const words = text
    .replace(/\p{Nd}{4}(?:\s*[-–]\s*\p{Nd}{4})?/gu, ' ')
    .replace(copyrightMark, ' ')
    .split(/\s+/u)
    .filter((word) => word !== '');
  if (words.length === 0 || words.length > maximumNameWords) return null;
  const [head] = words;
  const capitalised = (word: string) => /^\p{Lu}/u.test(word) && word !== word.toLowerCase();
  if (!head || !capitalised(head)) return null;
  if (!words.every((word) => capitalised(word) || nameLinks.has(word.toLowerCase()))) return null;
  return words.join(' ');
}
