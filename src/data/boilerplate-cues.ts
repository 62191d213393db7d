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
  | 'advertisement' // an ad label
  | 'credit' // who wrote, reported, edited or photographed the piece: a byline, wire credits, a photo credit
  | 'page-label' // a label of the page, such as an estimated reading time
  | 'paywall' // a notice that the rest of the article is for subscribers
  | 'consent'; // a cookie or privacy notice asking the reader to accept

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
  // Credits: who wrote, reported, edited or photographed the piece, not what it reports. A
  // name here is one to four words written with a capital (case-sensitive inside `(?-i:…)`).
  {
    kind: 'credit',
    lang: '*',
    pattern:
      "(by|von|par|por|di|door|av|af|przez|от|від|του|της)\\s+(?-i:\\p{Lu})[\\p{L}\\p{M}.'’-]*(\\s+(?-i:\\p{Lu})[\\p{L}\\p{M}.'’-]*){0,3}(\\s*(,|and|und|et|y|e|i|en|och|og|и|і|και|&|with|avec|mit|con|com|met|z|з|с|με)\\s*(?:dpa|epd|(?-i:\\p{Lu})[\\p{L}\\p{M}.'’-]*)(\\s+(?-i:\\p{Lu})[\\p{L}\\p{M}.'’-]*){0,3}){0,3}",
    at: 'line',
    reason:
      'a byline alone on a line: "By Steven Scheer", "Par Jean Dupont", "Por Redação", "di Redazione Esteri", "Par Le Monde avec AFP", "Von Anna Schmidt, dpa" (the German agencies write themselves in lower case)',
  },
  {
    kind: 'credit',
    lang: '*',
    pattern:
      '(author|authors|written by|автор|автори|авторы|autor|autorka|autoři|autorzy|auteur|autore|autori|συντάκτης|συντάκτρια|yazar|författare|forfatter|szerző|penulis|tác giả|כותב|כתבה|מאת|الكاتب|كتب|نویسنده|लेखक|ผู้เขียน|作者|著者|글)\\s*[:：]\\s*[^.!?]{2,80}',
    at: 'line',
    reason:
      'an author credit with a colon alone on a line: "Автор: Олена Коваленко", "Autor: Jan Novák", "Yazar: Ayşe Demir"',
  },
  {
    kind: 'credit',
    lang: 'en',
    pattern: '(additional )?(reporting|writing|editing|compiled|research|graphics|video) by ',
    at: 'start',
    reason: 'English wire credits that close a story: "(Reporting by Steven Scheer; Editing by Mark Heinrich)"',
  },
  {
    kind: 'credit',
    lang: 'es',
    pattern: '(reporte|información|reportaje|redacción) (de|por) .{2,120}(editad[oa] (en español )?por|edición de)',
    at: 'start',
    reason: 'Spanish wire credits: "(Reporte de Diego Oré; Editado en español por Carlos Serrano)"',
  },
  {
    kind: 'credit',
    lang: 'fr',
    pattern: '(reportage|rédigé par|rédaction|avec) .{2,120}(édité par|version française)',
    at: 'start',
    reason: 'French wire credits: "(Reportage Jean Dupont, version française Claude Chendjou, édité par …)"',
  },
  {
    kind: 'credit',
    lang: 'de',
    pattern: '(reporter|bericht|mitarbeit|geschrieben von)\\s*:?\\s*.{2,120}(redigiert|bearbeitet|redaktion)( von)?',
    at: 'start',
    reason: 'German wire credits: "(Reporter: Andreas Rinke; redigiert von Ralf Banser)"',
  },
  {
    kind: 'credit',
    lang: '*',
    pattern:
      '(.{0,300}[—–|.]\\s*)?(photo|photos|foto|fotos|fotó|fotografía|fotografia|imagen|image|bild|zdjęcie|фото|φωτογραφία|φωτ\\.|borítókép|kép|ảnh|צילום|תמונה|صورة|تصوير|عکس|फोटो|फ़ोटो|ภาพ|ภาพประกอบ|图|圖|写真|사진)\\s*(:|/|©|：)\\s*[^.!?]{2,80}',
    at: 'line',
    reason:
      'a photo credit alone on a line or closing a caption: "Foto: Reuters/Jon Nazca", "… — Photo: AFP", "…, 2024. Photo: X"',
  },
  {
    kind: 'page-label',
    lang: '*',
    pattern:
      '(temps de lecture|reading time|read time|tiempo de lectura|lesezeit|tempo di lettura|tempo de leitura|czas czytania|время чтения|час читання|leestijd)\\s*:?\\s*<?\\s*\\d+\\s*(min|mins|minutes?|minuten|minutos|minuti|minut|мин|хв)\\.?|\\d+\\s*(min|mins|minutes?|minutos|minuti|minuten)\\.? (read|de lecture|de lectura|di lettura|de leitura|lezen)',
    at: 'line',
    reason: 'an estimated reading time, a label of the page: "Temps de lecture : 3 min", "4 min read"',
  },
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

  {
    kind: 'related-links',
    lang: 'uk',
    pattern: '(читайте (також|ще|більше)|дивіться (також|ще)|див\\. також)',
    at: 'start',
    reason: 'Ukrainian link-list headings and inline "read also: <headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'uk',
    pattern: '(по темі|на тему|найпопулярніше|популярне|інші новини|останні новини|більше новин|новини за темою)',
    at: 'line',
    reason: 'Ukrainian "on the topic / most popular / other news" headings, only as a whole line',
  },
  {
    kind: 'related-links',
    lang: 'pl',
    pattern:
      '(czytaj (też|także|również|więcej|dalej)|przeczytaj (też|także|również)|zobacz (też|także|również)|polecamy|może cię (też |także )?zainteresować|więcej na ten temat|powiązane (artykuły|tematy|wiadomości)|podobne artykuły)',
    at: 'start',
    reason: 'Polish link-list headings and inline "Czytaj też: <headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'pl',
    pattern: '(najczęściej czytane|najpopularniejsze|najnowsze|inne artykuły|z ostatniej chwili)',
    at: 'line',
    reason: 'Polish "most read / latest / other articles" headings, only as a whole line',
  },
  {
    kind: 'related-links',
    lang: 'pt',
    pattern:
      '(leia (também|tambem|mais|a seguir)|veja (também|tambem|mais)|saiba mais|confira (também|tambem)|continue lendo|(notícias|noticias|matérias|materias|conteúdos?) relacionad[oa]s|você pode gostar|voce pode gostar)',
    at: 'start',
    reason: 'Portuguese link-list headings and inline "Leia também: <headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'pt',
    pattern: '(mais lid[oa]s|relacionad[oa]s|últimas notícias|ultimas noticias|em alta)',
    at: 'line',
    reason: 'Portuguese "most read / related / latest news" headings, only as a whole line',
  },
  {
    kind: 'related-links',
    lang: 'nl',
    pattern:
      '(lees (ook|meer|verder|hier)|bekijk ook|zie ook|meer over (dit onderwerp|dit thema)|gerelateerde (artikelen|berichten|nieuws)|ook interessant|dit vind je misschien ook)',
    at: 'start',
    reason: 'Dutch link-list headings and inline "Lees ook: <headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'nl',
    pattern: '(meest gelezen|meer nieuws|uitgelicht|gerelateerd|net binnen)',
    at: 'line',
    reason: 'Dutch "most read / more news / related" headings, only as a whole line',
  },
  {
    kind: 'related-links',
    lang: 'tr',
    pattern:
      '(ayr[ıi]ca (okuyun|bak[ıi]n[ıi]z|bak[ıi]n)|[iİ]lg[iİ]l[iİ] (haberler|haber|[iİ]çer[iİ]kler)(?![\\p{L}])|bunlar da [iİ]lg[iİ]n[iİ]z[iİ]|[iİ]lg[iİ]n[iİ]z[iİ] çekeb[iİ]l[iİ]r|haber[iİ]n devam[ıi] [iİ]ç[iİ]n|s[ıi]radak[iİ] haber|bu haber[iİ] de okuyun)',
    at: 'start',
    reason: 'Turkish link-list headings ("read also", "related news", "may interest you") and inline link lines',
  },
  {
    kind: 'related-links',
    lang: 'tr',
    pattern: '((en )?çok okunan(lar)?|benzer haberler|d[iİ]ğer haberler|daha fazla haber|son haberler|gündem)',
    at: 'line',
    reason: 'Turkish "most read / similar / other news" headings, only as a whole line',
  },
  {
    kind: 'related-links',
    lang: 'ar',
    pattern:
      '([اإأ]\\p{M}*قر[أا]\\p{M}*\\s+([أا]يض|المزيد)|(شاهد|طالع)\\p{M}*\\s+[أا]يض|قد يهم(ك|كم)|(أخبار|اخبار|مواضيع|موضوعات|مقالات) (ذات صلة|متعلقة|مشابهة))',
    at: 'start',
    reason:
      'Arabic link-list headings ("read also", "see also", "related news") and inline "اقرأ أيضا: <headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'ar',
    pattern: '(ذات صلة|الأكثر قراءة|الاكثر قراءة|الأكثر مشاهدة|الأكثر تداولا|آخر الأخبار|اخر الاخبار)',
    at: 'line',
    reason: 'Arabic "related / most read / latest news" headings, only as a whole line',
  },
  {
    kind: 'related-links',
    lang: 'fa',
    pattern:
      '(ب[یي]شتر بخوان[یي]د|بخوان[یي]د|ا[یي]ن (خبر|مطلب) را (هم|ن[یي]ز) بخوان[یي]د|همچن[یي]ن بخوان[یي]د|(اخبار|مطالب|خبرها[یي]|خبرهای) (مرتبط|پ[یي]شنهادی))',
    at: 'start',
    reason: 'Persian link-list headings ("read more", "related news") and inline "بیشتر بخوانید: <headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'fa',
    pattern: '(پربازد[یي]د\\u200c?تر[یي]ن(\\u200c?ها)?|پربازد[یي]دها|پربحث\\u200c?تر[یي]ن|آخر[یي]ن اخبار|مرتبط)',
    at: 'line',
    reason: 'Persian "most viewed / latest news / related" headings, only as a whole line',
  },
  {
    kind: 'related-links',
    lang: 'hi',
    pattern:
      '((यह|ये|इसे|इन्हें) भी (प[ढ\\u095d]\\u093c?ें|देखें)|[ज\\u095b]\\u093c?रूर प[ढ\\u095d]\\u093c?ें|(सं|सम्)बंधित ([ख\\u0959]\\u093c?बरें|समाचार|लेख))',
    at: 'start',
    reason: 'Hindi link-list headings ("read this too", "related news") and inline "यह भी पढ़ें: <headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'hi',
    pattern:
      '((और|अधिक) प[ढ\\u095d]\\u093c?ें|टॉप स्टोरी[ज\\u095b]\\u093c?|ताज़?ा [ख\\u0959]\\u093c?बरें|सबसे ज़?्यादा प[ढ\\u095d]\\u093c?ी गई)',
    at: 'line',
    reason:
      'Hindi "read more / top stories / latest news / most read" headings, only as a whole line ("और पढ़ें: <headline>" at the end is left to the link-run rule, which counts it)',
  },
  {
    kind: 'related-links',
    lang: 'vi',
    pattern:
      '(xem thêm|đọc thêm|tin liên quan|bài liên quan|bài viết liên quan|tin cùng chuyên mục|có thể bạn quan tâm)',
    at: 'start',
    reason: 'Vietnamese link-list headings ("see more", "related news") and inline "Xem thêm: <headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'vi',
    pattern: '(tin mới nhất|tin khác|đọc nhiều nhất|tin nổi bật|tin mới)',
    at: 'line',
    reason: 'Vietnamese "latest / other / most read news" headings, only as a whole line',
  },
  {
    kind: 'related-links',
    lang: 'id',
    pattern:
      '(baca (juga|pula|selengkapnya|lainnya|lagi|artikel)|simak juga|lihat juga|(berita|artikel|topik) terkait|cek berita)',
    at: 'start',
    reason: 'Indonesian link-list headings and inline "Baca juga: <headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'id',
    pattern: '(berita lainnya|terpopuler|terkini|pilihan editor|rekomendasi( berita)?|berita populer)',
    at: 'line',
    reason: 'Indonesian "other news / most popular / editor\'s picks" headings, only as a whole line',
  },
  {
    kind: 'related-links',
    lang: 'zh',
    pattern:
      '((相关|相關)(阅读|閱讀|新闻|新聞|报道|報導|報道|文章|链接|連結|推荐|推薦)|延伸(阅读|閱讀)|推荐(阅读|文章)|推薦(閱讀|文章)|热门(推荐|文章|新闻)|熱門(推薦|文章|新聞)|猜你喜欢|猜你喜歡|点击(阅读|查看)|點擊(閱讀|查看)|更多(新闻|新聞|精彩|报道|報導))',
    at: 'start',
    reason: 'Chinese link-list headings ("related reading", "further reading") and inline "相关阅读：<headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'ja',
    pattern:
      '(関連記事|関連ニュース|関連リンク|(あわせて|合わせて|併せて)読みたい|こちらもおすすめ|おすすめ記事|こちらも読まれています|よく読まれている記事|この記事の(写真|画像)|写真を(見る|みる))',
    at: 'start',
    reason: 'Japanese link-list headings ("related articles", "also worth reading") and inline link lines',
  },
  {
    kind: 'related-links',
    lang: 'ja',
    pattern: '(人気記事|注目記事|アクセスランキング|ランキング|続きを読む|もっと見る|次のページ|最新ニュース)',
    at: 'line',
    reason: 'Japanese "popular articles / ranking / read on" headings, only as a whole line',
  },
  {
    kind: 'related-links',
    lang: 'ko',
    pattern:
      '(관련 ?기사|관련 ?뉴스|많이 본 (뉴스|기사)|추천 ?기사|인기 ?기사|함께 (보면|읽으면) 좋은 (기사|뉴스)|이 시각 (주요|많이 본|인기) ?(뉴스|기사))',
    at: 'start',
    reason: 'Korean link-list headings ("related articles", "most viewed news") and inline link lines',
  },
  {
    kind: 'related-links',
    lang: 'ko',
    pattern: '(주요 ?뉴스|더 ?보기|기사 ?더 ?보기|핫 ?뉴스|오늘의 (주요 ?)?뉴스|최신 ?뉴스)',
    at: 'line',
    reason: 'Korean "top news / see more" headings, only as a whole line',
  },
  {
    kind: 'related-links',
    lang: 'sv',
    pattern: '(läs (också|även|mer)|se också|relaterat|relaterade artiklar|mest lästa?|fler nyheter)',
    at: 'start',
    reason: 'Swedish link-list headings and inline "Läs också: <headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'da',
    pattern: '(læs (også|mere)|se også|relaterede artikler|mest læste)',
    at: 'start',
    reason: 'Danish link-list headings and inline "Læs også: <headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'no',
    pattern: '(les (også|mer)|se også|relaterte saker|mest lest)',
    at: 'start',
    reason: 'Norwegian link-list headings and inline "Les også: <headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'fi',
    pattern: '(lue (myös|lisää)|katso myös|aiheeseen liittyvät|luetuimmat)',
    at: 'start',
    reason: 'Finnish link-list headings and inline "Lue myös: <headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'cs',
    pattern:
      '(čtěte (také|též|více|dále)|přečtěte si (také|též)|podívejte se (také|též)|související (články|zprávy)|nejčtenější|další zprávy)',
    at: 'start',
    reason: 'Czech link-list headings and inline "Čtěte také: <headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'sk',
    pattern: '(čítajte (aj|tiež|viac)|prečítajte si (aj|tiež)|súvisiace (články|správy)|najčítanejšie)',
    at: 'start',
    reason: 'Slovak link-list headings and inline "Čítajte aj: <headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'hu',
    pattern:
      '(olvassa el (ezt )?is|olvasd el (ezt )?is|ezt is ajánljuk|kapcsolódó (cikkek|hírek|cikk)|kapcsolódó(?=\\s*:)|legolvasottabb|további hírek)',
    at: 'start',
    reason: 'Hungarian link-list headings and inline "Kapcsolódó: <headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'bg',
    pattern: '(прочетете (още|също)|вижте (още|също)|свързани (статии|новини)|най-четени)',
    at: 'start',
    reason: 'Bulgarian link-list headings ("read more", "related news")',
  },
  {
    kind: 'related-links',
    lang: 'hr',
    pattern: '(pročitajte (i|još|više)|vezane (vijesti|vesti)|povezane (vijesti|vesti)|najčitanije|pogledajte (i|još))',
    at: 'start',
    reason: 'Croatian, Serbian and Bosnian link-list headings ("read also", "related news")',
  },
  {
    kind: 'related-links',
    lang: 'he',
    pattern: '(קראו (עוד|גם)|קרא (עוד|גם)|עוד בנושא|כתבות נוספות|כתבות קשורות|הכי נקראים)',
    at: 'start',
    reason: 'Hebrew link-list headings and inline "קראו עוד: <headline>" lines',
  },
  {
    kind: 'related-links',
    lang: 'th',
    pattern: '(อ่านเพิ่มเติม|อ่านข่าวที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|อ่านต่อ|ข่าวล่าสุด|ข่าวยอดนิยม)',
    at: 'start',
    reason: 'Thai link-list headings and inline "อ่านเพิ่มเติม: <headline>" lines',
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
    lang: 'uk',
    pattern:
      '(підписуйтес[ья]|підпишіться|приєднуйтес[ья]|слідкуйте за|стежте за|читайте нас) .{0,60}(telegram|телеграм|viber|вайбер|whatsapp|facebook|фейсбук|instagram|youtube|google news|каналі|канал)',
    at: 'anywhere',
    reason: 'Ukrainian "subscribe to / follow us on <channel>" prompts',
  },
  {
    kind: 'follow-prompt',
    lang: 'pl',
    pattern: '(obserwuj|śledź) (nas|.{1,40}) (w|na|przez) |dołącz do nas (na|w) ',
    at: 'anywhere',
    reason: 'Polish "follow us on <network>" prompts',
  },
  {
    kind: 'follow-prompt',
    lang: 'pt',
    pattern:
      '(siga-nos|sigam-nos|(siga|acompanhe|receba) .{0,50} (no|na|nos|pelo|pela) (google news|whatsapp|telegram|instagram|facebook|twitter|x|youtube|tiktok|canal))',
    at: 'anywhere',
    reason: 'Portuguese "follow us on <network>" prompts',
  },
  {
    kind: 'follow-prompt',
    lang: 'nl',
    pattern:
      '(volg (ons|.{1,40}) (op|via) (google news|whatsapp|telegram|instagram|facebook|x|twitter|youtube|tiktok|linkedin)|volg ons)',
    at: 'anywhere',
    reason: 'Dutch "follow us on <network>" prompts',
  },
  {
    kind: 'follow-prompt',
    lang: 'tr',
    pattern: '(b[iİ]z[iİ] .{0,60}takip ed[iİ]n|(takip ed[iİ]n|abone olun)[^\\p{L}\\p{N}]*$)',
    at: 'anywhere',
    reason: 'Turkish "follow us on <network>" prompts: the imperative is never article text',
  },
  {
    kind: 'follow-prompt',
    lang: 'ar',
    pattern:
      '(تابعونا|تابعنا|(تابعوا|تابع|انضموا|انضم|اشتركوا|اشترك) .{0,40}(تويتر|فيسبوك|فيس بوك|إنستغرام|انستغرام|انستجرام|تلغرام|تليغرام|تيليغرام|تلجرام|واتساب|واتس اب|يوتيوب|تيك توك|جوجل نيوز|قناتنا|google news|telegram|whatsapp))',
    at: 'anywhere',
    reason: 'Arabic "follow us on <network>" prompts',
  },
  {
    kind: 'follow-prompt',
    lang: 'fa',
    pattern: '(دنبال کن[یي]د|بپ[یي]وند[یي]د|عضو کانال .{0,40}شو[یي]د)[^\\p{L}\\p{N}]*$',
    at: 'anywhere',
    reason: 'Persian "follow us / join our channel" prompts, which end the line with the imperative',
  },
  {
    kind: 'follow-prompt',
    lang: 'hi',
    pattern:
      '((हमें|हमसे) .{0,60}([फ\\u095e]\\u093c?ॉलो|[फ\\u095e]\\u093c?ोलो|सब्सक्राइब|लाइक) करें|([फ\\u095e]\\u093c?ॉलो|सब्सक्राइब|लाइक) करें[^\\p{L}\\p{N}]*$|(से|पर) जु[ड\\u095c]\\u093c?ें[^\\p{L}\\p{N}]*$)',
    at: 'anywhere',
    reason: 'Hindi "follow / subscribe / join us on <network>" prompts',
  },
  {
    kind: 'follow-prompt',
    lang: 'vi',
    pattern:
      'theo dõi .{0,60}(trên|tại|qua) (google news|facebook|youtube|zalo|tiktok|telegram|instagram|fanpage|kênh)',
    at: 'anywhere',
    reason: 'Vietnamese "follow <outlet> on <network>" prompts',
  },
  {
    kind: 'follow-prompt',
    lang: 'id',
    pattern:
      '((ikuti|follow|simak|dapatkan) .{0,80}(di|melalui|lewat|pada|via) (google news|whatsapp|telegram|instagram|facebook|twitter|x|youtube|tiktok|channel|saluran|grup)|mari bergabung|bergabung (di|dengan) (grup|kanal|channel|saluran))',
    at: 'anywhere',
    reason: 'Indonesian "follow us / join our channel on <network>" prompts',
  },
  {
    kind: 'follow-prompt',
    lang: 'zh',
    pattern:
      '((关注|關注)(我们|我們|公众号|公眾號|微信|官方)|扫码关注|掃碼關注|扫一扫|掃一掃|长按(二维码|识别)|長按(二維碼|識別))',
    at: 'anywhere',
    reason: 'Chinese "follow us / scan the code" prompts',
  },
  {
    kind: 'follow-prompt',
    lang: 'ja',
    pattern: '(フォロー(する|して|はこちら|お願い)|友だち追加|友達追加|チャンネル登録)',
    at: 'anywhere',
    reason: 'Japanese "follow / add as friend / subscribe to the channel" prompts',
  },
  {
    kind: 'follow-prompt',
    lang: 'ko',
    pattern: '((구독|팔로우|친구 ?추가)(하기|하세요|해 ?주세요)|채널 ?추가)',
    at: 'anywhere',
    reason: 'Korean "subscribe / follow / add our channel" prompts',
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
    kind: 'paywall',
    lang: 'en',
    pattern:
      '(?:the rest of this article|this (?:article|story|content) is|continue reading).{0,40}(?:subscribers|subscription|subscribe)|subscribe (?:now )?to (?:continue|keep) reading|you have read \\d+\\s?% of (?:this|the) article',
    at: 'anywhere',
    reason: 'English notice that the rest is for subscribers',
  },
  {
    kind: 'paywall',
    lang: 'fr',
    pattern:
      '(?:la suite|le reste) (?:de cet article )?est réservée? aux abonnés|article réservé aux abonnés|vous avez lu \\d+\\s?% de cet article|abonnez-vous pour (?:lire|continuer)',
    at: 'anywhere',
    reason: 'French subscribers-only notice ("La suite est réservée aux abonnés")',
  },
  {
    kind: 'paywall',
    lang: 'de',
    pattern:
      '(?:dieser artikel|der ganze artikel|weiterlesen) .{0,30}(?:abonnenten|abo\\b|abonnement)|(?:jetzt|gleich) (?:abonnieren|abo abschließen) und weiterlesen|lesen sie (?:jetzt )?weiter mit',
    at: 'anywhere',
    reason: 'German subscribers-only notice ("Jetzt abonnieren und weiterlesen")',
  },
  {
    kind: 'paywall',
    lang: 'es',
    pattern:
      '(?:contenido|artículo)(?: es)? exclusivo para (?:suscriptores|abonados)|suscríbete para (?:seguir|continuar) leyendo|para (?:seguir|continuar) leyendo,? (?:suscríbete|hazte)',
    at: 'anywhere',
    reason: 'Spanish subscribers-only notice',
  },
  {
    kind: 'paywall',
    lang: 'it',
    pattern:
      "(?:articolo|contenuto) riservato agli abbonati|per (?:continuare a )?leggere (?:l'articolo )?(?:abbonati|accedi)|abbonati per (?:continuare|leggere)",
    at: 'anywhere',
    reason: 'Italian subscribers-only notice',
  },
  {
    kind: 'paywall',
    lang: 'pt',
    pattern:
      '(?:conteúdo|matéria) exclusiv[oa] para assinantes|assine para (?:continuar lendo|ler)|para continuar (?:lendo|a ler),? assine',
    at: 'anywhere',
    reason: 'Portuguese subscribers-only notice',
  },
  {
    kind: 'paywall',
    lang: 'ru',
    pattern:
      '(?:материал|статья) доступ(?:ен|на) (?:только )?(?:для )?подписчик|чтобы (?:продолжить|дочитать) .{0,20}(?:подпиш|оформите подписку)',
    at: 'anywhere',
    reason: 'Russian subscribers-only notice',
  },
  {
    kind: 'paywall',
    lang: 'pl',
    pattern:
      '(?:artykuł|treść) (?:dostępn[ay] )?(?:tylko )?dla (?:subskrybentów|prenumeratorów)|wykup (?:subskrypcję|dostęp),? aby (?:czytać|przeczytać)',
    at: 'anywhere',
    reason: 'Polish subscribers-only notice',
  },
  {
    kind: 'paywall',
    lang: 'nl',
    pattern:
      '(?:dit artikel|lees verder) .{0,30}(?:abonnees|abonnement)|word abonnee (?:om|en) (?:verder )?(?:te )?lezen',
    at: 'anywhere',
    reason: 'Dutch subscribers-only notice',
  },
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
    pattern:
      '(newsletter abonnieren|abonnieren sie (unseren|den) .{0,30}newsletter|melden sie sich .{0,30}newsletter|jetzt (kostenlos )?abonnieren)',
    at: 'anywhere',
    reason: 'German newsletter sign-up prompt ("… in Ihrem Postfach – jetzt kostenlos abonnieren")',
  },
  {
    kind: 'newsletter',
    lang: '*',
    pattern: 'newsletter\\s*[:：]',
    at: 'start',
    reason: 'a line that opens by naming a newsletter ("Newsletter: Das Wichtigste aus Europa jeden Morgen…")',
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

  {
    kind: 'newsletter',
    lang: 'uk',
    pattern: '(підпишіться|підписатися|підписуйтесь) на (нашу |щоденну )?розсилку',
    at: 'anywhere',
    reason: 'Ukrainian newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'pl',
    pattern: '(zapisz się|zasubskrybuj|zamów) .{0,30}newsletter',
    at: 'anywhere',
    reason: 'Polish newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'pt',
    pattern: '(assine|subscreva|inscreva-se|cadastre-se|receba) .{0,40}(newsletter|boletim)',
    at: 'anywhere',
    reason: 'Portuguese newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'nl',
    pattern: '(schrijf je in|meld je aan|abonneer je|aanmelden) .{0,30}nieuwsbrief',
    at: 'anywhere',
    reason: 'Dutch newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'tr',
    pattern: '(e-?)?bülten\\p{L}* .{0,20}(abone|kay[ıi]t|kaydol|üye)',
    at: 'anywhere',
    reason: 'Turkish newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'ar',
    pattern: '(اشترك|اشتركوا|سجل|سجّل)\\p{M}* .{0,30}(النشرة|نشرتنا)',
    at: 'anywhere',
    reason: 'Arabic newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'fa',
    pattern: '(عضو[یي]ت|عضو|مشترک) .{0,20}خبرنامه|خبرنامه .{0,30}(عضو|مشترک) شو[یي]د',
    at: 'anywhere',
    reason: 'Persian newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'hi',
    pattern: '(न्यू[ज\\u095b]\\u093c?लेटर .{0,30}(सब्सक्राइब|साइन अप)|सब्सक्राइब करें .{0,30}न्यू[ज\\u095b]\\u093c?लेटर)',
    at: 'anywhere',
    reason: 'Hindi newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'vi',
    pattern: 'đăng ký (nhận )?(bản tin|newsletter)',
    at: 'anywhere',
    reason: 'Vietnamese newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'id',
    pattern: '(berlangganan|daftar|langganan) .{0,20}(newsletter|buletin|nawala)',
    at: 'anywhere',
    reason: 'Indonesian newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'zh',
    pattern: '(订阅|訂閱).{0,10}(电子报|電子報|新闻信|新聞信|邮件|郵件|早报|早報)',
    at: 'anywhere',
    reason: 'Chinese newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'ja',
    pattern: '(メールマガジン|メルマガ|ニュースレター)(の)?(登録|購読|配信)',
    at: 'anywhere',
    reason: 'Japanese newsletter sign-up prompt',
  },
  {
    kind: 'newsletter',
    lang: 'ko',
    pattern: '뉴스레터 ?(구독|신청|받아)',
    at: 'anywhere',
    reason: 'Korean newsletter sign-up prompt',
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
    lang: 'it',
    pattern: 'riproduzione riservata',
    at: 'start',
    reason: 'Italian "reproduction reserved" footer, before the copyright ("Riproduzione riservata © Copyright ANSA")',
  },
  {
    kind: 'syndication',
    lang: '*',
    pattern:
      '(all rights reserved|alle rechte vorbehalten|toate drepturile rezervate|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|все права защищены|με την επιφύλαξη παντός δικαιώματος)',
    at: 'anywhere',
    reason: '"all rights reserved" in the eight core languages',
  },

  {
    kind: 'syndication',
    lang: 'uk',
    pattern:
      '(усі|всі) права захищені|використання матеріалів .{0,80}посилання|при (використанні|цитуванні) .{0,60}посилання .{0,40}обов.?язкове',
    at: 'anywhere',
    reason: 'Ukrainian "all rights reserved" and "reuse only with a link" footers',
  },
  {
    kind: 'syndication',
    lang: 'pl',
    pattern:
      '(wszelkie|wszystkie) prawa zastrzeżone|(kopiowanie|przedruk|rozpowszechnianie) .{0,60}(zabronione|bez (pisemnej )?zgody)',
    at: 'anywhere',
    reason: 'Polish "all rights reserved" footers',
  },
  {
    kind: 'syndication',
    lang: 'pt',
    pattern: 'todos os direitos reservados|(é )?proibida a reprodução',
    at: 'anywhere',
    reason: 'Portuguese "all rights reserved" footers',
  },
  {
    kind: 'syndication',
    lang: 'nl',
    pattern: 'alle rechten voorbehouden',
    at: 'anywhere',
    reason: 'Dutch "all rights reserved" footer',
  },
  {
    kind: 'syndication',
    lang: 'tr',
    pattern: '(tüm|bütün) haklar[ıi] (sakl[ıi]d[ıi]r|mahfuzdur)|her hakk[ıi] sakl[ıi]d[ıi]r',
    at: 'anywhere',
    reason: 'Turkish "all rights reserved" footers',
  },
  {
    kind: 'syndication',
    lang: 'ar',
    pattern: '(جميع|كل|كافة) الحقوق محفوظة|حقوق (النشر|الطبع) محفوظة',
    at: 'anywhere',
    reason: 'Arabic "all rights reserved" footers',
  },
  {
    kind: 'syndication',
    lang: 'fa',
    pattern:
      '(کل[یي]ه|تمام[یي]|همه) حقوق .{0,80}(محفوظ|متعلق به)|(استفاده|نقل|کپ[یي]\\u200c? ?بردار[یي]) از .{0,60}(با ذکر منبع|بلامانع|ممنوع)',
    at: 'anywhere',
    reason: 'Persian "all rights reserved" and "reuse only citing the source" footers',
  },
  {
    kind: 'syndication',
    lang: 'hi',
    pattern: '(सर्वाधिकार|सभी अधिकार) सुरक्षित|कॉपीराइट\\s*(©|\\d{4})',
    at: 'anywhere',
    reason: 'Hindi "all rights reserved" and copyright footers',
  },
  {
    kind: 'syndication',
    lang: 'vi',
    pattern: 'bản quyền thuộc|giữ bản quyền|(cấm|không được) (sao chép|tái bản)|phải ghi rõ nguồn',
    at: 'anywhere',
    reason: 'Vietnamese copyright and "do not copy without citing" footers',
  },
  {
    kind: 'syndication',
    lang: 'id',
    pattern: 'hak cipta .{0,60}dilindungi|hak cipta ©',
    at: 'anywhere',
    reason: 'Indonesian "copyright protected by law" footers',
  },
  {
    kind: 'syndication',
    lang: 'zh',
    pattern:
      '版权所有|版權所有|未经(授权|许可|允许).{0,20}(不得|禁止|严禁)|未經(授權|許可|允許).{0,20}(不得|禁止|嚴禁)|(不得|禁止|严禁|嚴禁)(转载|轉載)|(转载|轉載)(请|請)注明',
    at: 'anywhere',
    reason: 'Chinese "all rights reserved" and "no reprinting without permission" footers',
  },
  {
    kind: 'syndication',
    lang: 'ja',
    pattern: '無断(転載|複製|転用|使用)(を)?(禁|禁止)|著作権は.{0,30}(帰属|に属)',
    at: 'anywhere',
    reason: 'Japanese "no reproduction without permission" and copyright footers',
  },
  {
    kind: 'syndication',
    lang: 'ko',
    pattern: '저작권자|무단 ?전재|재배포 ?금지|ai 학습 및 활용 금지',
    at: 'anywhere',
    reason: 'Korean "copyright holder, no reproduction or redistribution" footers',
  },
  {
    kind: 'syndication',
    lang: 'ko',
    pattern: '(copyright )?ⓒ',
    at: 'start',
    reason: 'a copyright line with the circled c that Korean sites use',
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

  {
    kind: 'tags',
    lang: '*',
    pattern:
      '(теги|мітки|ключові слова|теми|tagi|słowa kluczowe|kategorie|assuntos|palavras-chave|tópicos|topicos|trefwoorden|onderwerpen|categorieën|rubrieken|etiketler|anahtar kelimeler|الوسوم|وسوم|الكلمات المفتاحية|كلمات مفتاحية|الكلمات الدالة|التصنيفات|برچسب\\u200c?ها|برچسب|کل[یي]د\\u200c?واژه\\u200c?ها|کل[یي]د\\u200c?واژه|تگ\\u200c?ها|टैग्स|टैग|कीवर्ड्स|कीवर्ड|từ khóa|từ khoá|chủ đề|kata kunci|topik|标签|標籤|关键词|關鍵詞|关键字|關鍵字|タグ|キーワード|カテゴリー?|태그|키워드)\\s*[:：]',
    at: 'start',
    reason: 'a tags/keywords label line in the thirteen further languages (the label word, then a colon)',
  },
  {
    kind: 'tags',
    lang: '*',
    pattern:
      '(الوسوم|كلمات مفتاحية|برچسب\\u200c?ها|برچسب ها|کل[یي]د\\u200c?واژه\\u200c?ها|关键词|關鍵詞|関連キーワード|関連タグ|태그|키워드)[\\p{P}\\s]*$',
    at: 'start',
    reason:
      "a tags heading alone on a line (anchored at both ends but not `at: 'line'`, so that it is read in the tail and takes the tags under it along)",
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
    lang: 'en',
    pattern: 'our standards:? the thomson reuters trust principles\\.?',
    at: 'line',
    reason: 'the line under every Reuters story on its site, pasted with the text',
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

  {
    kind: 'site-footer',
    lang: 'fa',
    pattern: 'انتها[یي]\\s?پ[یي]ام',
    at: 'line',
    reason: 'Persian "end of message", which Iranian agencies print after every story',
  },
  {
    kind: 'site-footer',
    lang: 'fa',
    pattern: '(کد ?خبر|شناسه خبر|کد مطلب)\\s*[:：]',
    at: 'start',
    reason: 'Persian "news code: <number>" line of Iranian agencies',
  },
  {
    kind: 'site-footer',
    lang: 'id',
    pattern: '(editor|penulis|pewarta|redaktur|reporter|penyunting)\\s*:',
    at: 'start',
    reason: 'Indonesian "Editor: / Pewarta: <name>" credit lines under the article',
  },
  {
    kind: 'site-footer',
    lang: 'id',
    pattern: '\\([a-z]{2,4}/[a-z]{2,4}\\)',
    at: 'line',
    reason: 'Indonesian editors\' initials "(rdp/imk)" alone on a line',
  },
  {
    kind: 'site-footer',
    lang: 'zh',
    pattern: '(责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核|审校|監製|监制|记者|記者|作者)\\s*[:：]',
    at: 'start',
    reason: 'Chinese "editor in charge: <name>" and other credit lines under the article',
  },
  {
    kind: 'site-footer',
    lang: 'zh',
    pattern: '完',
    at: 'line',
    reason: 'Chinese wire "(完)" ("end") alone on a line',
  },
  {
    kind: 'site-footer',
    lang: 'ja',
    pattern: '(取材|文|写真|撮影|編集|記者)\\s*[/／:：=＝]',
    at: 'start',
    reason: 'Japanese "text / photo / editor: <name>" credit lines under the article',
  },
  {
    kind: 'site-footer',
    lang: 'ko',
    pattern: '(\\p{L}{2,4} )?\\p{L}{2,4} ?기자(\\s*[(<\\[]?[\\w.+-]+@[\\w.-]+\\.\\w+[)>\\]]?)?',
    at: 'line',
    reason: 'Korean reporter byline "<name> 기자 <e-mail>" alone on a line',
  },
  {
    kind: 'site-footer',
    lang: 'ko',
    pattern: '[\\[(]?(사진|영상|그래픽|자료 ?사진)( ?출처)? ?= ?[^\\])]{1,30}[\\])]?',
    at: 'line',
    reason: 'Korean photo or graphic credit "[사진=<agency>]" alone on a line',
  },
  {
    kind: 'site-footer',
    lang: '*',
    pattern: '[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+',
    at: 'line',
    reason: "a reporter's e-mail address alone on a line (Korean and Indonesian sites print one under the story)",
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
  {
    kind: 'share-bar',
    lang: '*',
    pattern:
      '(поширити|поділитися|друкувати|udostępnij|drukuj|wydrukuj|podziel się|compartilhar|compartilhe|partilhar|delen|deel( dit artikel)?|afdrukken|paylaş|yazdır|شارك|مشاركة|طباعة|اشتراک\\u200c?گذاری|چاپ|शेयर करें|शेयर|प्रिंट|chia sẻ|in bài|bagikan( artikel ini)?|cetak|salin tautan|分享(到|至|本文)?|打印(本页|本頁)?|列印|转发|轉發|收藏|纠错|糾錯|シェア|ツイート|ポスト|印刷|ブックマーク|保存|공유(하기)?|인쇄|스크랩|url ?복사|글자 ?크기)',
    at: 'line',
    reason: 'a share or print button label pasted with the text, in the thirteen further languages',
  },
  {
    kind: 'share-bar',
    lang: '*',
    pattern:
      '(dela|dela artikeln|skriv ut|del|udskriv|jaa|tulosta|sdílet|sdílejte|tisk|vytisknout|zdieľať|zdieľajte|tlačiť|megosztás|oszd meg|nyomtatás|שתפו|שתף|הדפס|הדפסה|แชร์|พิมพ์|сподели|принтирай|podijeli|podeli|ispis|štampaj)',
    at: 'line',
    reason:
      'a share or print button label pasted with the text, in Swedish, Danish, Norwegian, Finnish, Czech, Slovak, Hungarian, Hebrew, Thai, Bulgarian and Croatian or Serbian',
  },
  {
    kind: 'share-bar',
    lang: '*',
    pattern:
      '(share|compartir|partager|teilen|condividi|compartilhar|compartilhe|partilhar|поделиться|поширити|udostępnij|delen|paylaş|شارك|分享(?:到|至)?|シェア|공유|bagikan|chia sẻ|κοινοποίηση|distribuie|dela|del|jaa|sdílet|zdieľať|megosztás|oszd meg|שתפו|שתף|แชร์|сподели|podijeli|podeli)(\\s+\\p{L}{1,4})?(\\s*[:：|·•,、/]?\\s*(facebook|whatsapp|twitter|x|telegram|linkedin|messenger|viber|vk|vkontakte|ok|reddit|pinterest|line|bluesky|threads|flipboard|pocket|tumblr|weibo|wechat|qq|kakao ?talk|kakao ?story|band|naver|e-?mail|correo|courriel|mail|はてなブックマーク|はてブ|微博|微信|qq空间|朋友圈|카카오톡|카카오스토리|페이스북|트위터|밴드|네이버)\\p{L}{0,3})+',
    at: 'line',
    reason:
      'a share button or bar that names its networks, in any case ending: "Compartir en WhatsApp", "Share on Facebook", "Поделиться в Telegram", "Sdílet na Facebooku", "シェア　X　Facebook　LINE　はてなブックマーク"',
  },
  {
    kind: 'share-bar',
    lang: '*',
    pattern:
      '(facebook|whatsapp|twitter|x|telegram|linkedin|messenger|viber|vk|vkontakte|ok|reddit|pinterest|line|bluesky|threads|flipboard|pocket|tumblr|weibo|wechat|qq|kakao ?talk|kakao ?story|band|naver|e-?mail|correo|courriel|mail|はてなブックマーク|はてブ|微博|微信|qq空间|朋友圈|카카오톡|카카오스토리|페이스북|트위터|밴드|네이버)(\\s*[|·•,、/]?\\s*(facebook|whatsapp|twitter|x|telegram|linkedin|messenger|viber|vk|vkontakte|ok|reddit|pinterest|line|bluesky|threads|flipboard|pocket|tumblr|weibo|wechat|qq|kakao ?talk|kakao ?story|band|naver|e-?mail|correo|courriel|mail|はてなブックマーク|はてブ|微博|微信|qq空间|朋友圈|카카오톡|카카오스토리|페이스북|트위터|밴드|네이버)){2,}',
    at: 'line',
    reason: 'a bar of three networks or more without a label ("Facebook Twitter WhatsApp", "카카오톡 페이스북 트위터")',
  },
  {
    kind: 'advertisement',
    lang: '*',
    pattern:
      '(reklama|artykuł sponsorowany|materiał (sponsorowany|partnera)|publicidade|continua (após|depois d)a publicidade|advertentie|gesponsord|reclame|reklam|إعلان|اعلان|تبل[یي]غات|آگه[یي]|विज्ञापन|quảng cáo|iklan|scroll to (continue|resume) with content|广告|廣告|広告|スポンサーリンク|pr|광고)',
    at: 'line',
    reason: 'an advertisement label pasted with the text, in the thirteen further languages',
  },
  // Cookie and privacy notices: whole sentences of a consent banner, never a story's own.
  {
    kind: 'consent',
    lang: '*',
    pattern:
      '(this (web)?site uses cookies|we use cookies|by continuing to (browse|use) (this|our) (web)?site|diese (web)?seite verwendet cookies|wir verwenden cookies|ce site utilise des cookies|en poursuivant votre navigation|este sitio (web )?(utiliza|usa) cookies|al continuar navegando|questo sito (web )?utilizza (i )?cookie|continuando (la navigazione|a navigare)|este site (utiliza|usa) cookies|ao continuar (a )?navegar|deze (web)?site gebruikt cookies|webbplatsen använder (sig av )?cookies|denne (hjemme)?side bruger cookies|nettstedet bruker informasjonskapsler|tento web(ová stránka)? používá (soubory )?cookies?|táto (webová )?stránka používa (súbory )?cookies?|weboldalunk sütiket használ|a böngészés folytatásával|strona (internetowa )?(korzysta z|używa) (plików )?cookies|ta strona używa|acest site (web )?folosește cookie|ο ιστότοπος χρησιμοποιεί cookies|bu (web )?site(si)? çerez(ler)?i? kullan|мы используем (файлы )?cookie|сайт использует (файлы )?cookie|цей сайт використовує (файли )?cookie|ми використовуємо (файли )?cookie|يستخدم (هذا )?الموقع ملفات (تعريف )?الارتباط|نستخدم ملفات تعريف الارتباط|این (وب‌?سایت|سایت) از کوکی|यह वेबसाइट कुकीज़|אתר זה משתמש ב(עוגיות|קובצי cookie)|เว็บไซต์นี้ใช้คุกกี้|trang web này sử dụng cookie|situs ini menggunakan cookie|本(网|網)站使用\\s*cookie|当サイトでは(クッキー|cookie)|이 (웹)?사이트는 쿠키를)',
    at: 'anywhere',
    reason:
      'a consent banner pasted with the text ("This website uses cookies", "Weboldalunk sütiket használ. A böngészés folytatásával elfogadja…"), in 27 languages',
  },
  // Prompts, paywalls and ad labels in the further languages whose link lists are listed above.
  {
    kind: 'follow-prompt',
    lang: '*',
    pattern:
      '(följ oss på|følg os på|følg oss på|seuraa meitä|sledujte nás na|sledujte nás|sledujte nás aj na|kövess(en)? minket|kövesse (a|az) .{1,40} (facebook|instagram|youtube|tiktok)|עקבו אחרינו|ติดตามเราได้ที่|ติดตามข่าวสาร.{0,30}(facebook|line|x|youtube|tiktok))',
    at: 'anywhere',
    reason: 'Swedish, Danish, Norwegian, Finnish, Czech, Slovak, Hungarian, Hebrew and Thai "follow us on…" prompts',
  },
  {
    kind: 'newsletter',
    lang: '*',
    pattern:
      '(prenumerera på (vårt |vår )?nyhetsbrev|tilmeld dig (vores )?nyhedsbrev|meld deg på (vårt )?nyhetsbrev|tilaa uutiskirje|přihlaste se k odběru|odebírejte (náš )?newsletter|prihláste sa na odber|iratkozz(on)? fel (a |az )?hírlevel|הירשמו לניוזלטר|הרשמו לניוזלטר|สมัครรับจดหมายข่าว)',
    at: 'anywhere',
    reason: 'Swedish, Danish, Norwegian, Finnish, Czech, Slovak, Hungarian, Hebrew and Thai newsletter sign-up prompts',
  },
  {
    kind: 'paywall',
    lang: '*',
    pattern:
      '(för att läsa (hela )?artikeln|(den här|denna) artikel är (endast )?för (prenumeranter|premium)|resten af artiklen (er )?for abonnenter|(tento|celý) článek (je )?(dostupný|k dispozici) (pouze|jen) pro předplatitele|a cikk (teljes terjedelmében )?(csak )?előfizető|(הכתבה|הכתבה המלאה) (זמינה )?למנויים בלבד|เนื้อหานี้สำหรับสมาชิก)',
    at: 'anywhere',
    reason: 'Swedish, Danish, Czech, Hungarian, Hebrew and Thai notices that the rest is for subscribers',
  },
  {
    kind: 'advertisement',
    lang: '*',
    pattern: '(annons|annonce|mainos|hirdetés|reklám|פרסומת|โฆษณา|sponzorováno|szponzorált)',
    at: 'line',
    reason:
      'an advertisement label pasted with the text, in Swedish, Danish, Finnish, Hungarian, Hebrew, Thai and Czech',
  },
];
