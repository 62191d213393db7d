/**
 * Cue phrases that mark page furniture pasted along with an article: link lists, follow and
 * newsletter prompts, syndication disclaimers, tag lines. Each pattern is matched
 * case-insensitively against one line; `at: 'start'` anchors it to the start of the line,
 * `at: 'line'` requires it to be the whole line (besides punctuation).
 * Structure (short link-like lines after the body, site names repeated in the tail) is
 * weighed as well, in `find-boilerplate.ts`, so outlets never seen here are still cleaned.
 */

/** What kind of furniture a cue marks. */
export type BoilerplateKind =
  | 'related-links' // a heading that introduces a list of links to other stories
  | 'follow-prompt' // "follow us on…"
  | 'newsletter' // "subscribe to our newsletter"
  | 'syndication' // a disclaimer that the text comes from a third party
  | 'distribution' // a press-release distributor's description of itself
  | 'tags' // a tags, categories or industries line
  | 'site-footer' // the outlet's own footer line
  | 'share-bar' // share or print buttons pasted as words
  | 'advertisement'; // an ad label

/** One cue phrase. */
export interface BoilerplateCue {
  kind: BoilerplateKind;
  /** BCP 47 tag of the language the phrase is in (`*` for any). */
  lang: string;
  /** Regular expression source, matched with the `iu` flags. */
  pattern: string;
  at: 'start' | 'line' | 'anywhere';
  reason: string;
}

export const boilerplateCues: readonly BoilerplateCue[] = [
  // Related-link headings: a short line that opens a list of other stories.
  {
    kind: 'related-links',
    lang: 'el',
    pattern: 'διαβάστε (ακόμη|ακόμα|επίσης|περισσότερα)',
    at: 'start',
    reason: 'Greek "read more/also", heads link lists on Greek news sites',
  },
  {
    kind: 'related-links',
    lang: 'el',
    pattern: '(ειδήσεις σήμερα|τελευταίες ειδήσεις|σχετικά άρθρα|δείτε επίσης|δείτε ακόμη)',
    at: 'line',
    reason: 'Greek "news today / latest news / related articles / see also" headings of link lists',
  },
  {
    kind: 'related-links',
    lang: 'en',
    pattern:
      '(read more|read also|related( articles| stories| news)?|see also|more on this|you may also like|recommended|most read|latest news|more from)',
    at: 'line',
    reason: 'English link-list headings',
  },
  {
    kind: 'related-links',
    lang: 'en',
    pattern: '(read more|read also|related|see also):',
    at: 'start',
    reason: 'English inline "Read more: <headline>" link lines',
  },
  {
    kind: 'related-links',
    lang: 'de',
    pattern:
      '(lesen sie (auch|mehr)|mehr zum thema|weitere artikel|das könnte sie auch interessieren|meistgelesen|auch interessant|siehe auch)',
    at: 'start',
    reason: 'German link-list headings ("read also", "more on the topic")',
  },
  {
    kind: 'related-links',
    lang: 'ro',
    pattern:
      '(citește (și|mai mult)|citeste (si|mai mult)|vezi (și|si)|articole similare|știri (recente|similare)|cele mai citite)',
    at: 'start',
    reason: 'Romanian link-list headings ("read also", "see also", "similar articles")',
  },
  {
    kind: 'related-links',
    lang: 'fr',
    pattern: '(lire aussi|à lire aussi|a lire aussi|voir aussi|sur le même sujet|les plus lus|à lire également)',
    at: 'start',
    reason: 'French link-list headings ("read also", "on the same subject")',
  },
  {
    kind: 'related-links',
    lang: 'es',
    pattern: '(lee también|leer más|lea también|te puede interesar|noticias relacionadas|lo más leído|más información)',
    at: 'start',
    reason: 'Spanish link-list headings ("read also", "related news")',
  },
  {
    kind: 'related-links',
    lang: 'it',
    pattern: '(leggi anche|potrebbe interessarti|articoli correlati|i più letti|approfondisci)',
    at: 'start',
    reason: 'Italian link-list headings ("read also", "related articles")',
  },
  {
    kind: 'related-links',
    lang: 'ru',
    pattern: '(читайте также|читайте еще|смотрите также|по теме|самое читаемое|другие новости)',
    at: 'start',
    reason: 'Russian link-list headings ("read also", "on the topic")',
  },

  // Follow prompts.
  {
    kind: 'follow-prompt',
    lang: 'el',
    pattern: 'ακολουθήστε (το|τη|την|μας)',
    at: 'start',
    reason: 'Greek "follow <outlet/us> on…" footers',
  },
  {
    kind: 'follow-prompt',
    lang: 'en',
    pattern:
      '(follow (us|.{1,40}) on (google news|twitter|x|facebook|instagram|telegram|whatsapp|youtube|tiktok)|like us on facebook|join (us|our channel) on)',
    at: 'anywhere',
    reason: 'English "follow us on <network>" prompts',
  },
  {
    kind: 'follow-prompt',
    lang: 'de',
    pattern: '(folgen sie uns|folge uns|.{0,40} auf (google news|whatsapp|telegram|instagram|facebook) folgen)',
    at: 'anywhere',
    reason: 'German "follow us" prompts',
  },
  {
    kind: 'follow-prompt',
    lang: 'ro',
    pattern:
      '(urmărește(-ne)?|urmăriți(-ne)?|urmareste(-ne)?|urmariti(-ne)?) .{0,40}(google news|facebook|instagram|telegram|whatsapp|youtube|tiktok)',
    at: 'anywhere',
    reason: 'Romanian "follow us on <network>" prompts',
  },
  {
    kind: 'follow-prompt',
    lang: 'fr',
    pattern: '(suivez-nous|retrouvez-nous) .{0,40}(google news|facebook|instagram|telegram|whatsapp|x|twitter)',
    at: 'anywhere',
    reason: 'French "follow us on <network>" prompts',
  },
  {
    kind: 'follow-prompt',
    lang: 'es',
    pattern: '(síguenos|siguenos|sigue a .{1,40}) (en|a través de) ',
    at: 'anywhere',
    reason: 'Spanish "follow us on <network>" prompts',
  },
  {
    kind: 'follow-prompt',
    lang: 'it',
    pattern: '(seguici|segui .{1,40}) su ',
    at: 'anywhere',
    reason: 'Italian "follow us on <network>" prompts',
  },
  {
    kind: 'follow-prompt',
    lang: 'ru',
    pattern: '(подписывайтесь на|подпишитесь на|читайте нас в) ',
    at: 'anywhere',
    reason: 'Russian "subscribe to/read us on <channel>" prompts',
  },
  {
    kind: 'follow-prompt',
    lang: '*',
    pattern: '^.{0,200}(google news|telegram|whatsapp)\\W*$',
    at: 'anywhere',
    reason: 'a line that ends by naming a feed or messenger channel is a follow prompt in any language',
  },

  // Newsletter prompts.
  {
    kind: 'newsletter',
    lang: 'el',
    pattern: '(εγγραφείτε|γραφτείτε) στο newsletter',
    at: 'anywhere',
    reason: 'Greek newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'en',
    pattern: '(sign up|subscribe) (to|for) (our|the) .{0,30}newsletter',
    at: 'anywhere',
    reason: 'English newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'de',
    pattern: '(newsletter abonnieren|abonnieren sie (unseren|den) .{0,30}newsletter|melden sie sich .{0,30}newsletter)',
    at: 'anywhere',
    reason: 'German newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'ro',
    pattern: '(abonează-te|aboneaza-te|abonați-vă|abonati-va) la newsletter',
    at: 'anywhere',
    reason: 'Romanian newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'fr',
    pattern: '(inscrivez-vous|abonnez-vous) à (notre|la) newsletter',
    at: 'anywhere',
    reason: 'French newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'es',
    pattern: '(suscríbete|suscribete|suscríbase) (a|al) (nuestro|nuestra|el|la) (newsletter|boletín)',
    at: 'anywhere',
    reason: 'Spanish newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'it',
    pattern: 'iscriviti (alla|alla nostra) newsletter',
    at: 'anywhere',
    reason: 'Italian newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'ru',
    pattern: 'подпишитесь на (нашу )?рассылку',
    at: 'anywhere',
    reason: 'Russian newsletter sign-up prompt',
  },

  // Syndication disclaimers.
  {
    kind: 'syndication',
    lang: 'en',
    pattern: '(this|the) (article|content|story) (is|was) (provided|supplied|published) by (a )?third[- ]party',
    at: 'anywhere',
    reason: 'English third-party content disclaimer',
  },
  {
    kind: 'syndication',
    lang: 'en',
    pattern: 'makes no (warranties|representations) (or|and) (representations|warranties)',
    at: 'anywhere',
    reason: 'English distributor disclaimer',
  },
  {
    kind: 'syndication',
    lang: 'de',
    pattern: 'der artikel wird von einem drittanbieter bereitgestellt',
    at: 'anywhere',
    reason: 'German third-party content disclaimer',
  },
  {
    kind: 'syndication',
    lang: 'de',
    pattern: 'keine zusicherungen oder darstellungen',
    at: 'anywhere',
    reason: 'German distributor disclaimer ("no warranties or representations")',
  },
  {
    kind: 'syndication',
    lang: 'el',
    pattern: 'το (άρθρο|περιεχόμενο) (παρέχεται|προέρχεται) από τρίτο',
    at: 'anywhere',
    reason: 'Greek third-party content disclaimer',
  },
  {
    kind: 'syndication',
    lang: 'ro',
    pattern: 'articolul (este|a fost) furnizat de (un )?terț',
    at: 'anywhere',
    reason: 'Romanian third-party content disclaimer',
  },
  {
    kind: 'syndication',
    lang: 'fr',
    pattern: "l'article est fourni par un (fournisseur )?tiers",
    at: 'anywhere',
    reason: 'French third-party content disclaimer',
  },
  {
    kind: 'syndication',
    lang: 'es',
    pattern: 'el artículo (es|ha sido) proporcionado por (un )?tercer',
    at: 'anywhere',
    reason: 'Spanish third-party content disclaimer',
  },
  {
    kind: 'syndication',
    lang: 'it',
    pattern: "l'articolo è fornito da (un )?terz",
    at: 'anywhere',
    reason: 'Italian third-party content disclaimer',
  },
  {
    kind: 'syndication',
    lang: 'ru',
    pattern: 'статья предоставлена сторонним',
    at: 'anywhere',
    reason: 'Russian third-party content disclaimer',
  },
  {
    kind: 'syndication',
    lang: '*',
    pattern: '(©|\\(c\\)|copyright) ?(\\d{4}|[\\p{Lu}])',
    at: 'start',
    reason: 'a copyright line belongs to the page, not to the article text',
  },
  {
    kind: 'syndication',
    lang: '*',
    pattern:
      '(all rights reserved|alle rechte vorbehalten|toate drepturile rezervate|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|все права защищены|με την επιφύλαξη παντός δικαιώματος)',
    at: 'anywhere',
    reason: '"all rights reserved" in the eight core languages',
  },

  // Press-release distributors describing themselves.
  {
    kind: 'distribution',
    lang: '*',
    pattern:
      '(press[- ]release distribution|pressemitteilungsverteilung|verteilung von pressemitteilungen|distribuție de comunicate|distribution de communiqués|distribución de comunicados|distribuzione di comunicati|распространени[ея] пресс-релизов|διανομή δελτίων τύπου)',
    at: 'anywhere',
    reason: 'a distributor advertising its press-release distribution is not the story',
  },

  // Tag and category lines.
  {
    kind: 'tags',
    lang: '*',
    pattern:
      '(tags?|topics?|categories|category|industries|keywords|branchen|schlagwörter|schlagworte|themen|ετικέτες|θέματα|κατηγορίες|etichete|cuvinte cheie|categorii|mots-clés|mots clés|étiquettes|rubriques|etiquetas|temas|categorías|argomenti|categorie|parole chiave|теги|метки|рубрики|ключевые слова)\\s*:',
    at: 'start',
    reason: 'a tags/categories/industries label line, in the eight core languages',
  },

  // The outlet's own footer line.
  {
    kind: 'site-footer',
    lang: 'el',
    pattern: 'δείτε όλες τις (τελευταίες )?ειδήσεις',
    at: 'start',
    reason: 'Greek "see all the latest news on <outlet>" footer',
  },
  {
    kind: 'site-footer',
    lang: 'en',
    pattern: '(get|read|see) (all )?the latest (news|headlines|updates) (on|from|at) ',
    at: 'start',
    reason: 'English "latest news on <outlet>" footer',
  },
  {
    kind: 'site-footer',
    lang: 'de',
    pattern: 'alle (aktuellen )?nachrichten (auf|bei|von) ',
    at: 'start',
    reason: 'German "all news on <outlet>" footer',
  },
  {
    kind: 'site-footer',
    lang: 'ro',
    pattern: '(toate )?știrile (zilei )?pe ',
    at: 'start',
    reason: 'Romanian "all the news on <outlet>" footer',
  },

  // Share bars and ad labels: only when the whole line is the label.
  {
    kind: 'share-bar',
    lang: '*',
    pattern:
      '(share|share this( article)?|print|email|tweet|κοινοποίηση|κοινοποιήστε|εκτύπωση|teilen|drucken|distribuie|trimite|partager|imprimer|compartir|imprimir|condividi|stampa|поделиться|распечатать)',
    at: 'line',
    reason: 'a share or print button label pasted with the text',
  },
  {
    kind: 'advertisement',
    lang: '*',
    pattern:
      '(advertisement|advertising|sponsored|ad|διαφήμιση|werbung|anzeige|publicitate|reclamă|publicité|publicidad|pubblicità|реклама)',
    at: 'line',
    reason: 'an advertisement label pasted with the text',
  },
];
