import { attributionCues, newsSources } from '../../data/news-sources.ts';
import { nounCapitalizingLanguages } from '../../data/place-cues.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import type { CitedSource, Evidence } from '../../schemas/article-frontmatter.ts';
import type { WordToken } from '../text/fold-text.ts';
import { tokenizeWords } from '../text/fold-text.ts';
import { snippet } from '../text/snippet.ts';
import type { TokenizedBlock } from '../text/words-of.ts';
import { wordsOf } from '../text/words-of.ts';
import type { TextBlock } from '../text-to-blocks.ts';
import { createPhraseIndex, findPhrases } from './find-phrase.ts';

const sourceIndex = createPhraseIndex(
  newsSources.flatMap((source) => source.aliases.map((alias) => ({ phrase: alias, value: source }))),
);
/** How far after an attribution phrase a known source still makes the phrase its own. */
const clauseReach = 80;
const nameWord = "(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|\\p{Lu}{2,}[\\p{N}-]*)";
const joiners = '(?:of|de|der|des|del|di|du|la|al)';

/**
 * The agencies, outlets and institutions an article cites: known names in any of their
 * languages and scripts (`src/data/news-sources.ts`), and names written after an attribution
 * phrase ("according to X", "σύμφωνα με το X", "potrivit X").
 *
 * @example
 *   findCitedSources([{ text: 'a declarat Kim, potrivit Agerpres.', line: 3 }], 'ro')[0]?.name // 'Agerpres'
 */
export function findCitedSources(blocks: readonly (TextBlock | TokenizedBlock)[], lang: string): CitedSource[] {
  const found = new Map<string, CitedSource>();
  const add = (name: string, kind: CitedSource['kind'], evidence: Evidence) => {
    const entry = found.get(name) ?? { name, kind, evidence: [] };
    if (!entry.evidence.some((item) => item.line === evidence.line && item.text === evidence.text))
      entry.evidence.push(evidence);
    found.set(name, entry);
  };
  const cues = attributionPatterns(lang);

  for (const block of blocks) {
    const known = findPhrases(sourceIndex, block.text, wordsOf(block));
    for (const { value, start, end } of known) {
      add(value.name, value.kind, { line: block.line, text: snippet(block.text, start, end) });
    }
    for (const pattern of cues) {
      for (const match of block.text.matchAll(pattern)) {
        const name = sourceName(match[1], lang);
        if (!name) continue;
        // "ανέφερε το Βορειοκορεατικό επίσημο πρακτορείο KCNA": the phrase is about the known source.
        if (known.some(({ start }) => start >= match.index && start - match.index <= clauseReach)) continue;
        add(name, 'source', {
          line: block.line,
          text: snippet(block.text, match.index, match.index + match[0].length),
        });
      }
    }
  }
  return [...found.values()];
}

/**
 * The sources a sentence credits with an attribution phrase ("potrivit Agerpres", "σύμφωνα με το
 * KCNA", "according to the ministry's statement"): the known source the phrase leads to, else the
 * name after it. A source merely mentioned ("the leader in the Kremlin") is not credited.
 *
 * @example
 *   findCreditedSources('Kim i-a mulțumit liderului de la Kremlin, potrivit agenției Yonhap.', 'ro') // ['Yonhap']
 */
export function findCreditedSources(
  text: string,
  lang: string,
  words: readonly WordToken[] = tokenizeWords(text),
): string[] {
  const known = findPhrases(sourceIndex, text, words);
  const credited = new Set<string>();
  for (const cue of attributionCuePatterns(lang)) {
    for (const match of text.matchAll(cue)) {
      const led = known.find(({ start }) => start >= match.index && start - match.index <= clauseReach);
      if (led) {
        credited.add(led.value.name);
        continue;
      }
      const named = stickyAttributionPatterns(lang)
        .map((pattern) => {
          pattern.lastIndex = match.index;
          return sourceName(pattern.exec(text)?.[1], lang);
        })
        .find(Boolean);
      if (named) credited.add(named);
    }
  }
  return [...credited].sort();
}

/**
 * The name an attribution phrase leads to, without trailing punctuation; `null` for a single
 * capitalised word in a language that capitalises every noun ("laut Angaben").
 */
function sourceName(raw: string | undefined, lang: string): string | null {
  const name = (raw ?? '').replace(/[.'’-]+$/u, '');
  const single = !name.includes(' ') && !/^\p{Lu}{2,}/u.test(name);
  return !name || (nounCapitalizingLanguages.includes(lang) && single) ? null : name;
}

/** The attribution phrases with a name, anchored where a phrase was found. */
const stickyAttributionPatterns = memoizeByKey((lang) =>
  attributionPatterns(lang).map((pattern) => new RegExp(pattern.source, 'uy')),
);

/** Attribution phrases of a language on their own, compiled once. */
const attributionCuePatterns = memoizeByKey((lang) =>
  attributionCues
    .filter((cue) => cue.lang === lang)
    .map((cue) => new RegExp(`(?<![\\p{L}])(?:${cue.pattern})(?![\\p{L}])`, 'gu')),
);

/** Attribution phrases of a language followed by a name, compiled once. */
const attributionPatterns = memoizeByKey((lang) =>
  attributionCues
    .filter((cue) => cue.lang === lang)
    .map(
      (cue) =>
        new RegExp(`(?<![\\p{L}])(?:${cue.pattern})\\s+(${nameWord}(?:\\s+(?:${joiners}\\s+)?${nameWord}){0,3})`, 'gu'),
    ),
);
