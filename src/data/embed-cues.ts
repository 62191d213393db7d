/**
 * How embedded social posts look once a page is pasted as text. An embed is kept and shown
 * as a quoted post with its author, handle, date and link, never as the outlet's own words.
 */

/** A social network whose embeds we recognise by the links they carry. */
export interface EmbedPlatform {
  platform: string;
  /** Regular expression source for links that only this network's embeds carry. */
  link: string;
  /** Address of a profile, with `{handle}` for the handle without `@`. */
  profile: string;
  reason: string;
}

export const embedPlatforms: readonly EmbedPlatform[] = [
  {
    platform: 'x',
    link: '(?:https?://)?(?:pic\\.twitter\\.com|t\\.co|(?:www\\.)?(?:twitter|x)\\.com)/[\\w/?=&.-]+',
    profile: 'https://x.com/{handle}',
    reason: 'X (Twitter) embeds end with a pic.twitter.com or t.co link',
  },
  {
    platform: 'telegram',
    link: '(?:https?://)?t\\.me/[\\w/]+',
    profile: 'https://t.me/{handle}',
    reason: 'Telegram embeds link to t.me',
  },
  {
    platform: 'instagram',
    link: '(?:https?://)?(?:www\\.)?instagram\\.com/[\\w/.-]+',
    profile: 'https://www.instagram.com/{handle}/',
    reason: 'Instagram embeds link to instagram.com',
  },
  {
    platform: 'tiktok',
    link: '(?:https?://)?(?:www\\.)?tiktok\\.com/[\\w/@.-]+',
    profile: 'https://www.tiktok.com/@{handle}',
    reason: 'TikTok embeds link to tiktok.com',
  },
  {
    platform: 'bluesky',
    link: '(?:https?://)?bsky\\.app/[\\w/.-]+',
    profile: 'https://bsky.app/profile/{handle}',
    reason: 'Bluesky embeds link to bsky.app',
  },
];

/**
 * The signature line under an embedded post: `— Name (@handle) September 3, 2025`, the shape
 * X, Telegram and Bluesky embeds share. Groups: name, handle, date text.
 */
export const embedSignature = '^[—–―-]\\s*(.{1,80}?)\\s*\\((@[\\p{L}\\p{N}_.]{1,30})\\)\\s*(.{4,40})$';

/**
 * Instagram's caption credit, "A post shared by Name (@handle)", as the embed script writes it
 * in each language. Groups: name (may be empty), handle.
 */
export const instagramCredits: readonly { lang: string; pattern: string; reason: string }[] = [
  {
    lang: 'en',
    pattern: '^a post shared by (.*?)\\s*\\(?(@[\\w.]{1,30})\\)?\\s*$',
    reason: 'Instagram credit line in English',
  },
  {
    lang: 'el',
    pattern:
      '^(?:μια|μία) δημοσίευση που κοινοποιήθηκε από (?:το χρήστη |τον χρήστη |την )?(.*?)\\s*\\(?(@[\\w.]{1,30})\\)?\\s*$',
    reason: 'Instagram credit line in Greek',
  },
  {
    lang: 'de',
    pattern: '^ein beitrag geteilt von (.*?)\\s*\\(?(@[\\w.]{1,30})\\)?\\s*$',
    reason: 'Instagram credit line in German',
  },
  {
    lang: 'ro',
    pattern: '^o postare distribuită de (.*?)\\s*\\(?(@[\\w.]{1,30})\\)?\\s*$',
    reason: 'Instagram credit line in Romanian',
  },
  {
    lang: 'fr',
    pattern: '^une publication partagée par (.*?)\\s*\\(?(@[\\w.]{1,30})\\)?\\s*$',
    reason: 'Instagram credit line in French',
  },
  {
    lang: 'es',
    pattern: '^una publicación compartida (?:de|por) (.*?)\\s*\\(?(@[\\w.]{1,30})\\)?\\s*$',
    reason: 'Instagram credit line in Spanish',
  },
  {
    lang: 'it',
    pattern: '^un post condiviso da (.*?)\\s*\\(?(@[\\w.]{1,30})\\)?\\s*$',
    reason: 'Instagram credit line in Italian',
  },
  {
    lang: 'ru',
    pattern: '^публикация от (.*?)\\s*\\(?(@[\\w.]{1,30})\\)?\\s*$',
    reason: 'Instagram credit line in Russian',
  },
];

/** The "view this post on Instagram" line the embed script writes above a caption. */
export const instagramViewPrompt =
  '^(view this post on instagram|δείτε αυτή τη δημοσίευση στο instagram|diesen beitrag auf instagram ansehen|vezi această postare pe instagram|voir cette publication sur instagram|ver esta publicación en instagram|visualizza questo post su instagram|посмотреть эту публикацию в instagram)$';
