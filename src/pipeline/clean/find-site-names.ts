import { platformDomains } from '../../data/platform-domains.ts';
import type { TextBlock } from '../text-to-blocks.ts';

/** A domain that the article text names, and where. */
export interface DomainMention {
  /** Lower-cased, without `www.`. */
  domain: string;
  line: number;
  text: string;
}

const domainPattern =
  /(?<![\p{L}\p{N}@._-])(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\p{L}\p{N}-]|\.[a-z])/giu;
const ignored = platformDomains.map((entry) => entry.domain);

/**
 * Domains named in the given blocks, leaving out social networks and other platforms
 * (`src/data/platform-domains.ts`).
 *
 * @example
 *   findDomains([{ text: 'Ακολουθήστε το protothema.gr στο Google News', line: 9 }])[0]?.domain // 'protothema.gr'
 */
export function findDomains(blocks: readonly TextBlock[]): DomainMention[] {
  const mentions: DomainMention[] = [];
  for (const block of blocks) {
    for (const match of block.text.matchAll(domainPattern)) {
      const domain = (match[1] ?? '').toLowerCase();
      if (!/\.[a-z]{2,}$/.test(domain) || /^\d/.test(domain.split('.').at(-1) ?? '')) continue;
      if (ignored.some((platform) => domain === platform || domain.endsWith(`.${platform}`))) continue;
      mentions.push({ domain, line: block.line, text: block.text });
    }
  }
  return mentions;
}
