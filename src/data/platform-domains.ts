/**
 * Domains that a pasted page mentions without being its outlet: social networks, link
 * shorteners, app stores and feeds. A domain not listed here that the page's furniture names
 * is taken as the outlet's own (a self-mention such as `protothema.gr`).
 */
export const platformDomains: readonly { domain: string; reason: string }[] = [
  { domain: 'twitter.com', reason: 'social network' },
  { domain: 'x.com', reason: 'social network' },
  { domain: 't.co', reason: 'X link shortener' },
  { domain: 'facebook.com', reason: 'social network' },
  { domain: 'fb.com', reason: 'social network' },
  { domain: 'instagram.com', reason: 'social network' },
  { domain: 'tiktok.com', reason: 'social network' },
  { domain: 'youtube.com', reason: 'video platform' },
  { domain: 'youtu.be', reason: 'video link shortener' },
  { domain: 't.me', reason: 'Telegram links' },
  { domain: 'telegram.org', reason: 'messenger' },
  { domain: 'whatsapp.com', reason: 'messenger' },
  { domain: 'linkedin.com', reason: 'social network' },
  { domain: 'bsky.app', reason: 'social network' },
  { domain: 'threads.net', reason: 'social network' },
  { domain: 'google.com', reason: 'search engine and Google News' },
  { domain: 'news.google.com', reason: 'news aggregator' },
  { domain: 'apple.com', reason: 'app store' },
  { domain: 'bit.ly', reason: 'link shortener' },
  { domain: 'wikipedia.org', reason: 'encyclopedia cited in text' },
];
