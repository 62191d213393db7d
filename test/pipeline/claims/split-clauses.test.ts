import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/pipeline/claims/segment-sentences.ts';
import { splitAtFacts, splitClauses } from '../../../src/pipeline/claims/split-clauses.ts';

const clausesOf = (text: string, lang: string) =>
  segmentSentences(text, lang).flatMap((sentence) => splitClauses(sentence, lang).map((clause) => clause.text));

describe('splitClauses', () => {
  it('parts a Greek participle of saying from the statement before it', () => {
    expect(
      clausesOf(
        'Ο Κιμ Γιονγκ Ουν ευχαρίστησε τον Ρώσο πρόεδρο για την αναγνώριση του θάρρους των στρατιωτών του, τονίζοντας ότι η στήριξη προς τη Ρωσία αποτελεί «αδελφικό καθήκον».',
        'el',
      ),
    ).toEqual([
      'Ο Κιμ Γιονγκ Ουν ευχαρίστησε τον Ρώσο πρόεδρο για την αναγνώριση του θάρρους των στρατιωτών του,',
      'τονίζοντας ότι η στήριξη προς τη Ρωσία αποτελεί «αδελφικό καθήκον».',
    ]);
  });

  it('keeps a German quotation with its speaker, and parts "und dankte" and a cut marked by an ellipsis', () => {
    expect(
      clausesOf(
        '„Ihre Soldaten haben mutig gekämpft… wir werden die Opfer niemals vergessen“, sagte Putin zu Kim und dankte ihm im Namen des russischen Volkes.',
        'de',
      ),
    ).toEqual([
      '„Ihre Soldaten haben mutig gekämpft…',
      'wir werden die Opfer niemals vergessen“, sagte Putin zu Kim',
      'und dankte ihm im Namen des russischen Volkes.',
    ]);
  });

  it('parts the sentences of a Romanian quotation, the speaker staying with the last', () => {
    expect(
      clausesOf(
        '„Forțele dumneavoastră au participat la eliberarea regiunii. Au luptat cu curaj și eroism”, a subliniat președintele rus.',
        'ro',
      ),
    ).toEqual([
      '„Forțele dumneavoastră au participat la eliberarea regiunii.',
      'Au luptat cu curaj și eroism”, a subliniat președintele rus.',
    ]);
  });

  it('parts a relative clause of saying, and an aside credited to "some sources"', () => {
    expect(
      clausesOf(
        'Putin s-a întâlnit la Beijing cu liderul nord-coreean Kim Jong-un, care a promis că va continua să ajute Rusia.',
        'ro',
      ),
    ).toEqual([
      'Putin s-a întâlnit la Beijing cu liderul nord-coreean Kim Jong-un,',
      'care a promis că va continua să ajute Rusia.',
    ]);
    expect(
      clausesOf(
        'Rusia nu va uita niciodată pierderile suferite de armata nord-coreeană, pe care unele surse le-au estimat la câteva mii de soldați.',
        'ro',
      ),
    ).toHaveLength(2);
  });

  it('parts a long aside that tells a fact of its own from the statement, and keeps a short one', () => {
    expect(
      clausesOf(
        'Ο Βλαντίμιρ Πούτιν, σε συνάντηση που είχε με τον Κιμ Γιονγκ Ουν μετά την παρέλαση στο Πεκίνο, εξέφρασε την ευγνωμοσύνη του για τη συμβολή της Βόρειας Κορέας.',
        'el',
      ),
    ).toEqual([
      'Ο Βλαντίμιρ Πούτιν, σε συνάντηση που είχε με τον Κιμ Γιονγκ Ουν',
      'μετά την παρέλαση στο Πεκίνο,',
      'εξέφρασε την ευγνωμοσύνη του για τη συμβολή της Βόρειας Κορέας.',
    ]);
    expect(
      clausesOf(
        'The minister, speaking to reporters at the scene of the derailment near Łowicz, said a broken rail may have caused it.',
        'en',
      ),
    ).toEqual([
      'The minister, speaking to reporters at the scene of the derailment near Łowicz,',
      'said a broken rail may have caused it.',
    ]);
    const short =
      'Ο Βλαντίμιρ Πούτιν, σε συνάντηση με τον Κιμ, εξέφρασε την ευγνωμοσύνη του για τη συμβολή της Βόρειας Κορέας.';
    expect(clausesOf(short, 'el')).toEqual([short]);
  });

  it('parts two counts of different things, and keeps a range or a list of counts whole', () => {
    expect(
      clausesOf('Un fuerte sismo dejó al menos 41 muertos y más de 300 heridos, según el Ministerio de Salud.', 'es'),
    ).toEqual(['Un fuerte sismo dejó al menos 41 muertos', 'y más de 300 heridos, según el Ministerio de Salud.']);
    expect(
      clausesOf('W katastrofie zginęło 12 osób, a ponad 50 zostało rannych – podała straż pożarna.', 'pl'),
    ).toEqual(['W katastrofie zginęło 12 osób,', 'a ponad 50 zostało rannych – podała straż pożarna.']);
    expect(
      clausesOf(
        'Il bilancio provvisorio è di almeno 38 morti, secondo la protezione civile, mentre i feriti sono oltre 300.',
        'it',
      ),
    ).toEqual([
      'Il bilancio provvisorio è di almeno 38 morti, secondo la protezione civile,',
      'mentre i feriti sono oltre 300.',
    ]);
    const range = 'Officials said between 10 and 20 people were still missing after the flood in the valley.';
    expect(clausesOf(range, 'en')).toEqual([range]);
    const years =
      'Mendes recebeu 2,3 milhões de euros em subornos de uma empresa entre 2020 e 2021, segundo a sentença.';
    expect(clausesOf(years, 'pt')).toEqual([years]);
    const list = 'Au moins 3 enfants et 2 adultes figurent parmi les victimes de l’incendie de l’immeuble.';
    expect(clausesOf(list, 'fr')).toEqual([list]);
  });

  it('parts Arabic statements and counts at the "and" written joined to the next word, and keeps words that only start like it', () => {
    expect(clausesOf('أسفر الزلزال عن مقتل ١٦ شخصا و١٢٠ جريحا في ولاية ملاطية شرقي البلاد.', 'ar')).toEqual([
      'أسفر الزلزال عن مقتل ١٦ شخصا',
      'و١٢٠ جريحا في ولاية ملاطية شرقي البلاد.',
    ]);
    expect(
      clausesOf(
        'وقال وزير الداخلية إن فرق الإنقاذ تعمل في المنطقة، وأضاف أن عدد الضحايا قد يرتفع خلال الساعات المقبلة.',
        'ar',
      ),
    ).toEqual([
      'وقال وزير الداخلية إن فرق الإنقاذ تعمل في المنطقة،',
      'وأضاف أن عدد الضحايا قد يرتفع خلال الساعات المقبلة.',
    ]);
    const range = 'تراوحت أعمار الضحايا بين 10 و20 عاما حسب وزارة الصحة التركية.';
    expect(clausesOf(range, 'ar')).toEqual([range]);
    const minister = 'زار وزير الخارجية الروسي بكين والتقى نظيره الصيني ووزير الدفاع في العاصمة.';
    expect(clausesOf(minister, 'ar')).toEqual([minister]);
  });

  it('parts the toll a participle of result gives from what caused it', () => {
    expect(
      clausesOf(
        'Un puissant séisme a frappé jeudi soir la région d’Arequipa, faisant au moins 38 morts selon le gouverneur.',
        'fr',
      ),
    ).toEqual([
      'Un puissant séisme a frappé jeudi soir la région d’Arequipa,',
      'faisant au moins 38 morts selon le gouverneur.',
    ]);
    expect(
      clausesOf('A powerful earthquake struck southern Peru on Thursday night, killing at least 41 people.', 'en'),
    ).toEqual(['A powerful earthquake struck southern Peru on Thursday night,', 'killing at least 41 people.']);
  });

  it('parts a Russian and a Spanish second statement of saying', () => {
    expect(
      clausesOf('Министр заявил, что спасатели работают всю ночь, и добавил, что погибли 12 человек.', 'ru'),
    ).toEqual(['Министр заявил, что спасатели работают всю ночь,', 'и добавил, что погибли 12 человек.']);
    expect(
      clausesOf('El ministro confirmó la cifra de muertos, y añadió que los rescatistas siguen buscando.', 'es'),
    ).toEqual(['El ministro confirmó la cifra de muertos,', 'y añadió que los rescatistas siguen buscando.']);
  });

  it('parts two statements joined by ", and" with a subject of its own, or by "and" before an auxiliary', () => {
    expect(
      clausesOf(
        'Le gouvernement a décrété l’état d’urgence pour 60 jours dans quatre provinces, et l’armée a déployé 1 500 soldats pour appuyer les secours.',
        'fr',
      ),
    ).toEqual([
      'Le gouvernement a décrété l’état d’urgence pour 60 jours dans quatre provinces,',
      'et l’armée a déployé 1 500 soldats pour appuyer les secours.',
    ]);
    expect(
      clausesOf(
        'Il governo ha dichiarato lo stato di emergenza per 60 giorni e ha inviato 1.500 militari nelle zone colpite.',
        'it',
      ),
    ).toEqual([
      'Il governo ha dichiarato lo stato di emergenza per 60 giorni',
      'e ha inviato 1.500 militari nelle zone colpite.',
    ]);
    expect(
      clausesOf('Die Regierung hat den Notstand ausgerufen und hat 1500 Soldaten in die Region geschickt.', 'de'),
    ).toEqual(['Die Regierung hat den Notstand ausgerufen', 'und hat 1500 Soldaten in die Region geschickt.']);
  });

  it('keeps a list together, and "and" between two nouns', () => {
    const list = 'El decreto cubre las provincias de Caravelí, Condesuyos, Camaná y La Unión, en el sur del país.';
    expect(clausesOf(list, 'es')).toEqual([list]);
    const pair = 'Russia and North Korea signed a treaty on mutual defence in June 2024 in Pyongyang.';
    expect(clausesOf(pair, 'en')).toEqual([pair]);
  });

  it('parts what came before a statement ("after three days of talks"), in languages and scripts alike', () => {
    expect(
      clausesOf(
        'The government and the rebels signed a ceasefire in Doha on Saturday, after three days of talks mediated by Qatar.',
        'en',
      ),
    ).toEqual([
      'The government and the rebels signed a ceasefire in Doha on Saturday,',
      'after three days of talks mediated by Qatar.',
    ]);
    expect(clausesOf('Документ был согласован после трёхдневных переговоров при посредничестве Катара.', 'ru')).toEqual(
      ['Документ был согласован', 'после трёхдневных переговоров при посредничестве Катара.'],
    );
    expect(clausesOf('استقال وزير المالية يوم الاثنين بعد خلاف مع الحكومة حول ميزانية العام المقبل.', 'ar')).toEqual([
      'استقال وزير المالية يوم الاثنين',
      'بعد خلاف مع الحكومة حول ميزانية العام المقبل.',
    ]);
    expect(clausesOf('Die Gespräche begannen nach dem Empfang zum 80. Jahrestag des Kriegsendes.', 'de')).toHaveLength(
      2,
    );
  });

  it('parts a second statement of one saying, joined by "and that", in languages and scripts alike', () => {
    expect(
      clausesOf('Trump said on social media the call was "very good" and that the two leaders discussed trade.', 'en'),
    ).toEqual(['Trump said on social media the call was "very good"', 'and that the two leaders discussed trade.']);
    expect(
      clausesOf('Trump disse que a conversa foi "muito boa" e que os dois discutiram comércio e Taiwan.', 'pt'),
    ).toEqual(['Trump disse que a conversa foi "muito boa"', 'e que os dois discutiram comércio e Taiwan.']);
    expect(
      clausesOf('Трамп заявил, что разговор был очень хорошим и что стороны обсудили торговлю.', 'ru'),
    ).toHaveLength(2);
    // "That" right after a short start is no second statement.
    expect(clausesOf('He and that minister met in Rome.', 'en')).toHaveLength(1);
    // Arabic writes "and that" as one word, with the pronoun of its subject or none.
    expect(
      clausesOf(
        'وأكد الوزير أن الحكومة لن تتحالف مع حزب «السيادة»، وأنه بدأ بالفعل محادثات مع حزب «اتحاد الإصلاحيين».',
        'ar',
      ),
    ).toEqual([
      'وأكد الوزير أن الحكومة لن تتحالف مع حزب «السيادة»،',
      'وأنه بدأ بالفعل محادثات مع حزب «اتحاد الإصلاحيين».',
    ]);
    expect(
      clausesOf('وقال المتحدث إن الشرطة فرقت المحتجين، وأنصاره تجمعوا لاحقا أمام مقر اللجنة الانتخابية.', 'ar'),
    ).toHaveLength(1);
  });

  it('reads a comma after a quoted name as any comma, and one after a quotation as introducing its speaker', () => {
    expect(
      clausesOf(
        'Ο Τάντσεφ, που απέκλεισε κάθε συνεργασία με την «Κυριαρχία», έχει ήδη ξεκινήσει συνομιλίες με την κεντρώα «Ένωση Μεταρρυθμιστών».',
        'el',
      ),
    ).toEqual([
      'Ο Τάντσεφ, που απέκλεισε κάθε συνεργασία με την «Κυριαρχία»,',
      'έχει ήδη ξεκινήσει συνομιλίες με την κεντρώα «Ένωση Μεταρρυθμιστών».',
    ]);
    expect(
      clausesOf(
        'Tanchev, who ruled out any coalition with "Sovereignty", has already begun talks with the Reform Union.',
        'en',
      ),
    ).toHaveLength(2);
    expect(
      clausesOf('„Die Menschen haben für den Wandel gestimmt“, sagte Tantschew vor Anhängern in Sofia.', 'de'),
    ).toHaveLength(1);
    expect(
      clausesOf('Kim betrachte es als „brüderliche Pflicht“, sagte die Agentur KCNA am Mittwoch.', 'de'),
    ).toHaveLength(1);
  });

  it('parts an "after" phrase that opens a sentence: at its comma, or in German before the verb', () => {
    expect(
      clausesOf('After three days of talks mediated by Qatar, the two sides signed a ceasefire in Doha.', 'en'),
    ).toEqual(['After three days of talks mediated by Qatar,', 'the two sides signed a ceasefire in Doha.']);
    expect(clausesOf('Tras tres días de negociaciones en Doha, las partes firmaron un alto el fuego.', 'es')).toEqual([
      'Tras tres días de negociaciones en Doha,',
      'las partes firmaron un alto el fuego.',
    ]);
    expect(
      clausesOf('После трёхдневных переговоров в Дохе стороны подписали соглашение о прекращении огня.', 'ru'),
    ).toHaveLength(1);
    expect(
      clausesOf(
        'Nach dem feierlichen Empfang zum 80. Jahrestag des Kriegsendes setzten sich Putin und Kim zu Gesprächen zusammen.',
        'de',
      ),
    ).toEqual([
      'Nach dem feierlichen Empfang zum 80. Jahrestag des Kriegsendes',
      'setzten sich Putin und Kim zu Gesprächen zusammen.',
    ]);
    // Not when it dates what is said, nor "nach" meaning "according to".
    for (const [lang, text] of [
      ['en', 'After the signing ceremony in Doha, the minister told reporters that the deal would hold.'],
      ['de', 'Nach dem Treffen im Gästehaus sagte Putin, die Beziehungen seien so gut wie nie.'],
      ['de', 'Nach Angaben der örtlichen Polizei wurden bei dem Unglück zwölf Menschen getötet.'],
      // The comma of a decimal is no end of the phrase.
      ['el', 'Μετά την καταμέτρηση του 99,6% των ψήφων το κόμμα συγκεντρώνει 31,4%.'],
    ] as const)
      expect(clausesOf(text, lang), text).toHaveLength(1);
  });

  it('keeps an "after" that dates a statement, a short one, and words that also mean something else', () => {
    for (const [lang, text] of [
      [
        'es',
        '«Este es un paso decisivo», afirmó el ministro de Estado catarí Khalid al Mansuri tras la ceremonia de la firma.',
      ],
      ['en', 'The finance minister of the country resigned after the vote.'],
      ['ro', 'Armata a anunțat retragerea trupelor după surse militare citate de presa locală.'],
      ['de', 'Putin reiste am Dienstag nach Peking zu Gesprächen mit Xi Jinping.'],
    ] as const)
      expect(clausesOf(text, lang), text).toHaveLength(1);
    // Inside the words a participle of saying reports, "after" is theirs.
    expect(
      clausesOf('The bank kept its rate, saying the economy remained fragile after more than a year of war.', 'en'),
    ).toEqual(['The bank kept its rate,', 'saying the economy remained fragile after more than a year of war.']);
    // After a verb of saying, an "after" that gives a figure of its own is a fact apart; a year is no such figure.
    expect(
      clausesOf('Lee said the two would work together for peace after talks that lasted about 100 minutes.', 'en'),
    ).toEqual(['Lee said the two would work together for peace', 'after talks that lasted about 100 minutes.']);
    expect(
      clausesOf('Lee said the two would work together for peace after talks held in Gyeongju in 2025.', 'en'),
    ).toHaveLength(1);
  });

  it('parts two counts joined by "and" written as a number word, or as the ending of a Korean verb', () => {
    expect(
      clausesOf('Petugas mengatakan 275 orang berhasil diselamatkan dan tiga orang masih dinyatakan hilang.', 'id'),
    ).toEqual(['Petugas mengatakan 275 orang berhasil diselamatkan', 'dan tiga orang masih dinyatakan hilang.']);
    expect(clausesOf('당국은 275명을 구조했으며 3명이 실종 상태라고 전했다.', 'ko')).toEqual([
      '당국은 275명을 구조했으며',
      '3명이 실종 상태라고 전했다.',
    ]);
    expect(clausesOf('At least nine people were killed and three others are missing after the storm.', 'en')).toEqual([
      'At least nine people were killed',
      'and three others are missing after the storm.',
    ]);
    // Counts side by side are a list.
    expect(clausesOf('The minister met two ministers and three generals in the capital on Monday.', 'en')).toHaveLength(
      1,
    );
    // Without a count after it, the ending joins one statement; before a comma, it ends one.
    expect(clausesOf('당국은 275명을 구조했으며 수색 작업을 계속하고 있다고 전했다.', 'ko')).toHaveLength(1);
    expect(clausesOf('두 정상은 약 100분간 회담했으며, 시 주석은 "협력을 심화할 용의가 있다"고 말했다.', 'ko')).toEqual(
      ['두 정상은 약 100분간 회담했으며,', '시 주석은 "협력을 심화할 용의가 있다"고 말했다.'],
    );
  });

  it('parts a second count in a clause of few words, and a toll after a clause with none, in Persian and Turkish', () => {
    expect(clausesOf('اتوبوس به دره سقوط کرد و ۱۶ نفر کشته و ۲۵ نفر زخمی شدند.', 'fa')).toEqual([
      'اتوبوس به دره سقوط کرد',
      'و ۱۶ نفر کشته',
      'و ۲۵ نفر زخمی شدند.',
    ]);
    expect(clausesOf('The bus plunged into a deep gorge and 18 people died at the scene.', 'en')).toEqual([
      'The bus plunged into a deep gorge',
      'and 18 people died at the scene.',
    ]);
    // A range, a list of names and a count right after the subject stay whole.
    expect(
      clausesOf('The number of dead rose to between 18 and 20 by the evening, officials said.', 'en'),
    ).toHaveLength(1);
    expect(
      clausesOf('Leaders of Russia, China, India and 27 EU states met in the capital on Monday.', 'en'),
    ).toHaveLength(1);
    const text = 'Otobüsün uçuruma yuvarlanması sonucu 18 kişi hayatını kaybetti, 25 kişi yaralandı.';
    expect(
      splitAtFacts({ text, start: 0, end: text.length }, [text.indexOf('18'), text.indexOf('25')]).map((c) => c.text),
    ).toEqual(['Otobüsün uçuruma yuvarlanması sonucu 18 kişi hayatını kaybetti,', '25 kişi yaralandı.']);
  });

  it('parts the earlier deed a statement is likened to ("as it did when"), not "such as" or "as well as"', () => {
    expect(
      clausesOf(
        'Kim a promis că va continua să ajute Rusia cu orice are nevoie, așa cum a făcut-o atunci când a furnizat trupe.',
        'ro',
      ),
    ).toEqual([
      'Kim a promis că va continua să ajute Rusia cu orice are nevoie,',
      'așa cum a făcut-o atunci când a furnizat trupe.',
    ]);
    expect(clausesOf('Pyongyang will keep helping Moscow, as it did when it sent troops to Kursk.', 'en')).toEqual([
      'Pyongyang will keep helping Moscow,',
      'as it did when it sent troops to Kursk.',
    ]);
    expect(
      clausesOf('The summit drew leaders of countries such as Iran, as well as envoys of the European Union.', 'en'),
    ).toHaveLength(1);
  });

  it('parts the toll a clause of result gives, in Indonesian and Chinese', () => {
    expect(
      clausesOf(
        'Kapal penumpang itu terbakar di perairan Sulawesi Utara pada Minggu siang, menewaskan sedikitnya lima orang.',
        'id',
      ),
    ).toEqual([
      'Kapal penumpang itu terbakar di perairan Sulawesi Utara pada Minggu siang,',
      'menewaskan sedikitnya lima orang.',
    ]);
    expect(clausesOf('कुल्लू जिले में बुधवार सुबह एक निजी बस गहरी खाई में गिर गई, जिसमें 18 लोगों की मौत हो गई।', 'hi')).toEqual([
      'कुल्लू जिले में बुधवार सुबह एक निजी बस गहरी खाई में गिर गई,',
      'जिसमें 18 लोगों की मौत हो गई।',
    ]);
    expect(clausesOf('一艘载有280名乘客和船员的客轮19日在北苏拉威西省海域起火，造成至少3人死亡。', 'zh')).toEqual([
      '一艘载有280名乘客和船员的客轮19日在北苏拉威西省海域起火，',
      '造成至少3人死亡。',
    ]);
    expect(
      clausesOf("Hindistan'da yolcu otobüsünün uçuruma yuvarlanması sonucu 18 kişi hayatını kaybetti.", 'tr'),
    ).toEqual(["Hindistan'da yolcu otobüsünün uçuruma yuvarlanması sonucu", '18 kişi hayatını kaybetti.']);
    expect(clausesOf('インド北部で乗客45人を乗せたバスが深い谷に転落し、18人が死亡した。', 'ja')).toEqual([
      'インド北部で乗客45人を乗せたバスが深い谷に転落し、',
      '18人が死亡した。',
    ]);
    expect(clausesOf('승객과 승무원 280명을 태운 여객선에 불이 나 최소 5명이 숨졌다고 당국이 밝혔다.', 'ko')).toEqual([
      '승객과 승무원 280명을 태운 여객선에 불이 나',
      '최소 5명이 숨졌다고 당국이 밝혔다.',
    ]);
  });

  it('parts the agreement a clause is said to accord with, and a German infinitive clause', () => {
    expect(
      clausesOf(
        'Ο Πούτιν είπε ότι οι στρατιώτες «πολέμησαν με γενναιότητα και ηρωισμό», σύμφωνα με τη νέα συμφωνία που έχουν υπογράψει οι δύο χώρες.',
        'el',
      ),
    ).toEqual([
      'Ο Πούτιν είπε ότι οι στρατιώτες «πολέμησαν με γενναιότητα και ηρωισμό»,',
      'σύμφωνα με τη νέα συμφωνία που έχουν υπογράψει οι δύο χώρες.',
    ]);
    expect(
      clausesOf('The troops were deployed to the border region, in line with the defence treaty signed in June.', 'en'),
    ).toEqual(['The troops were deployed to the border region,', 'in line with the defence treaty signed in June.']);
    // In a quotation too: the speaker's own claim that the deed accords with an agreement.
    expect(
      clausesOf(
        '„Forțele dumneavoastră speciale au participat la eliberarea regiunii Kursk, în deplină consonanță cu acordurile noastre”, a spus Putin.',
        'ro',
      ),
    ).toEqual([
      '„Forțele dumneavoastră speciale au participat la eliberarea regiunii Kursk,',
      'în deplină consonanță cu acordurile noastre”, a spus Putin.',
    ]);
    // "According to" a source is who tells it, not a second statement.
    expect(
      clausesOf('Οι στρατιώτες πολέμησαν στο μέτωπο για μήνες, σύμφωνα με το πρακτορείο Reuters.', 'el'),
    ).toHaveLength(1);
    expect(
      clausesOf(
        'Der Führer sagte, Pjöngjang betrachte es als seine „brüderliche Pflicht“, Russland auf jede erdenkliche Weise zu helfen und werde weiter Truppen schicken.',
        'de',
      ),
    ).toEqual([
      'Der Führer sagte, Pjöngjang betrachte es als seine „brüderliche Pflicht“,',
      'Russland auf jede erdenkliche Weise zu helfen',
      'und werde weiter Truppen schicken.',
    ]);
    // Nor a verb of saying after a long opening that only names who said it ("…, сообщает Геологическая служба США").
    expect(
      clausesOf(
        'В пятницу, 13 марта, в регионе Арекипа на юге Перу произошло землетрясение магнитудой 6,8, сообщает Геологическая служба США (USGS).',
        'ru',
      ),
    ).toHaveLength(1);
    // Not what a verb of saying or promising right before the comma introduces: that is what was said.
    expect(
      clausesOf('Verteidigungsministerin Ana Ruiz versprach, der Ukraine auf jede erdenkliche Weise zu helfen.', 'de'),
    ).toHaveLength(1);
    expect(clausesOf('Der Minister kündigte an, die Steuern im nächsten Jahr deutlich zu senken.', 'de')).toHaveLength(
      1,
    );
  });

  it('parts an aside that credits the subject to someone ("backed by Rwanda") from what the subject did', () => {
    expect(
      clausesOf(
        'El Gobierno y el grupo rebelde M23, respaldado por Ruanda, firmaron este sábado un acuerdo de alto el fuego.',
        'es',
      ),
    ).toEqual([
      'El Gobierno y el grupo rebelde M23, respaldado por Ruanda,',
      'firmaron este sábado un acuerdo de alto el fuego.',
    ]);
    expect(
      clausesOf('Le groupe armé, soutenu par le Rwanda, a pris le contrôle de la ville en janvier.', 'fr'),
    ).toEqual(['Le groupe armé, soutenu par le Rwanda,', 'a pris le contrôle de la ville en janvier.']);
    // A participle with no "by" after it is no such aside.
    expect(clausesOf('The rebel group, founded in 2012, seized the city of Goma in January.', 'en')).toHaveLength(1);
  });

  it('parts a relative clause after the subject from what the subject did, past an attribution inside it', () => {
    expect(
      clausesOf(
        'The M23, which UN experts say is backed by Rwanda, seized Goma, the largest city in eastern Congo.',
        'en',
      ),
    ).toEqual([
      'The M23, which UN experts say is backed by Rwanda,',
      'seized Goma, the largest city in eastern Congo.',
    ]);
    expect(
      clausesOf(
        'Группировка M23, которую, по данным экспертов ООН, поддерживает Руанда, в январе 2025 года заняла Гому.',
        'ru',
      ),
    ).toEqual([
      'Группировка M23, которую, по данным экспертов ООН, поддерживает Руанда,',
      'в январе 2025 года заняла Гому.',
    ]);
    // A relative clause further on, after the verb, is not an aside of the subject.
    expect(
      clausesOf('Rebels seized the town of Goma, which lies on the border with Rwanda, in January.', 'en'),
    ).toHaveLength(1);
  });

  it('parts a second predicate of agreeing or promising after "and", with no auxiliary', () => {
    expect(
      clausesOf(
        'Trump and Xi spoke by phone for about 90 minutes on Thursday and agreed to meet in Beijing in April.',
        'en',
      ),
    ).toEqual([
      'Trump and Xi spoke by phone for about 90 minutes on Thursday',
      'and agreed to meet in Beijing in April.',
    ]);
    expect(
      clausesOf('Лидеры обсудили торговлю и ситуацию на Ближнем Востоке и договорились о встрече в апреле.', 'ru'),
    ).toEqual(['Лидеры обсудили торговлю и ситуацию на Ближнем Востоке', 'и договорились о встрече в апреле.']);
    // A court's verdict and its sentence are two claims.
    expect(
      clausesOf('A court in Lagos found the former governor guilty of fraud and sentenced him to nine years.', 'en'),
    ).toEqual(['A court in Lagos found the former governor guilty of fraud', 'and sentenced him to nine years.']);
    expect(
      clausesOf(
        'Das Landgericht sprach den früheren Bürgermeister der Bestechlichkeit schuldig und verurteilte ihn zu vier Jahren Haft.',
        'de',
      ),
    ).toEqual([
      'Das Landgericht sprach den früheren Bürgermeister der Bestechlichkeit schuldig',
      'und verurteilte ihn zu vier Jahren Haft.',
    ]);
    // "and" between two nouns is no second predicate.
    expect(
      clausesOf('The ministers discussed trade, energy and security and the war in Ukraine at length.', 'en'),
    ).toHaveLength(1);
  });

  it('parts a second predicate in the simple past after "and", and a Hebrew clause after a comma and a joined "and"', () => {
    expect(clausesOf('La policía detuvo a 12 personas y empleó cañones de agua para despejar la vía.', 'es')).toEqual([
      'La policía detuvo a 12 personas',
      'y empleó cañones de agua para despejar la vía.',
    ]);
    expect(clausesOf('Os bombeiros combateram as chamas durante a noite e usaram aviões ao amanhecer.', 'pt')).toEqual([
      'Os bombeiros combateram as chamas durante a noite',
      'e usaram aviões ao amanhecer.',
    ]);
    expect(clausesOf('המפגינים צעדו מכיכר הבימה לעבר הקריה, וחסמו את נתיבי איילון למשך כשעתיים.', 'he')).toEqual([
      'המפגינים צעדו מכיכר הבימה לעבר הקריה,',
      'וחסמו את נתיבי איילון למשך כשעתיים.',
    ]);
    // A list: no comma before its Hebrew "and"; "and" before a noun in Spanish.
    expect(clausesOf('השתתפו בהפגנה סטודנטים, מורים ורופאים מכל רחבי הארץ.', 'he')).toHaveLength(1);
    expect(
      clausesOf('Participaron estudiantes, profesores y médicos de todo el país en la marcha.', 'es'),
    ).toHaveLength(1);
  });

  it('parts two statements joined by a semicolon, not one inside a quotation', () => {
    expect(
      clausesOf('Подземные толчки ощущались и в Лиме; сейсмологи зафиксировали более 60 афтершоков.', 'ru'),
    ).toEqual(['Подземные толчки ощущались и в Лиме;', 'сейсмологи зафиксировали более 60 афтершоков.']);
    expect(
      clausesOf(
        '«Hay pueblos enteros incomunicados; no sabemos qué ha pasado allí», declaró el gobernador regional.',
        'es',
      ),
    ).toHaveLength(1);
  });

  it('parts a statement a colon explains, not words a colon opens nor a side that states nothing to compare', () => {
    expect(
      clausesOf(
        'Il Bosforo è una delle vie d’acqua più trafficate al mondo: ogni anno lo attraversano circa 40 mila navi.',
        'it',
      ),
    ).toEqual([
      'Il Bosforo è una delle vie d’acqua più trafficate al mondo:',
      'ogni anno lo attraversano circa 40 mila navi.',
    ]);
    expect(
      clausesOf('Trzęsienie ziemi nawiedziło w nocy południe kraju: zginęło co najmniej 15 osób.', 'pl'),
    ).toHaveLength(2);
    expect(
      clausesOf('Тайфун обрушился на побережье в пятницу: эвакуированы более 20 тысяч человек.', 'ru'),
    ).toHaveLength(2);
    expect(
      clausesOf('Le séisme a frappé le sud du pays jeudi soir : au moins 15 personnes ont été tuées.', 'fr'),
    ).toEqual(['Le séisme a frappé le sud du pays jeudi soir :', 'au moins 15 personnes ont été tuées.']);
    // After a verb of saying, and before a quotation mark: the speaker's words follow.
    expect(
      clausesOf(
        'A minisztérium konzuli szolgálata közölte: nincs tudomásuk arról, hogy magyar állampolgár is az érintettek között van.',
        'hu',
      ),
    ).toHaveLength(1);
    expect(
      clausesOf('Le ministre a ajouté devant la presse : « La situation est désormais sous contrôle. »', 'fr'),
    ).toHaveLength(1);
    // "The EU activated its rescEU mechanism" names nothing the lexicon knows: it stays with what explains it.
    expect(
      clausesOf(
        'Європейський Союз задіяв механізм rescEU: на Родос прибули два італійські літаки-амфібії Canadair.',
        'uk',
      ),
    ).toHaveLength(1);
  });

  it('parts a clause that tells when something else happened, after a comma or, where none is set, at the word', () => {
    expect(clausesOf('हादसा सुबह करीब 8:15 बजे हुआ, जब चालक एक तीखे मोड़ पर बस से नियंत्रण खो बैठा।', 'hi')).toEqual([
      'हादसा सुबह करीब 8:15 बजे हुआ,',
      'जब चालक एक तीखे मोड़ पर बस से नियंत्रण खो बैठा।',
    ]);
    expect(
      clausesOf('El accidente ocurrió hacia las 8.15, cuando el conductor perdió el control en una curva.', 'es'),
    ).toEqual(['El accidente ocurrió hacia las 8.15,', 'cuando el conductor perdió el control en una curva.']);
    expect(clausesOf('Kapal itu berlayar menuju Manado ketika api muncul dari ruang mesin.', 'id')).toEqual([
      'Kapal itu berlayar menuju Manado',
      'ketika api muncul dari ruang mesin.',
    ]);
    expect(clausesOf('وكانت العبّارة تقل 280 راكبا حين اندلعت النيران في غرفة المحركات.', 'ar')).toEqual([
      'وكانت العبّارة تقل 280 راكبا',
      'حين اندلعت النيران في غرفة المحركات.',
    ]);
    // "في حين" (whereas) is one word pair, and "when" with too few words after it is no clause.
    expect(clausesOf('ارتفع عدد القتلى إلى 12 في حين أصيب 30 آخرون بجروح في الحادث.', 'ar')).not.toContain(
      'حين أصيب 30 آخرون بجروح في الحادث.',
    );
    expect(clausesOf('The minister said the talks would resume, when asked.', 'en')).toHaveLength(1);
  });

  it('parts two Japanese clauses strung on "、" that each have a subject, not a phrase that opens the sentence', () => {
    expect(clausesOf('列車は大阪から東京に向かう途中で、事故は午後3時ごろ起きた。', 'ja')).toEqual([
      '列車は大阪から東京に向かう途中で、',
      '事故は午後3時ごろ起きた。',
    ]);
    expect(clausesOf('同工場は1998年に稼働した最大の生産拠点で、現在は約900人が働いている。', 'ja')).toEqual([
      '同工場は1998年に稼働した最大の生産拠点で、',
      '現在は約900人が働いている。',
    ]);
    // The company (subject) on the 8th, announced a plan: one clause, whose subject comes before the comma only.
    expect(clausesOf('自動車大手の東和自動車は8日、国内工場の閉鎖を柱とする再建計画を発表した。', 'ja')).toHaveLength(
      1,
    );
    // Inside a quotation, no cut.
    expect(clausesOf('社長は「需要は落ちたが、技術は残る」と述べた。', 'ja')).toHaveLength(1);
  });

  it('parts the statements Chinese strings on commas, not a leading phrase, nor what a verb of saying introduces', () => {
    expect(clausesOf('该医院建于1958年，目前共有床位1200张，将于明年底前完成扩建。', 'zh')).toEqual([
      '该医院建于1958年，',
      '目前共有床位1200张，',
      '将于明年底前完成扩建。',
    ]);
    // A preposition, "because" or "to" (simplified or traditional) opens a phrase that leads into the statement after it.
    expect(clausesOf('据当地卫生部门介绍，受强降雨影响，当地已有3所学校停课。', 'zh')).toEqual([
      '据当地卫生部门介绍，受强降雨影响，当地已有3所学校停课。',
    ]);
    expect(clausesOf('為因應颱風來襲，台北市政府宣布全市停班停課，並開設12處避難所。', 'zh')).toEqual([
      '為因應颱風來襲，台北市政府宣布全市停班停課，',
      '並開設12處避難所。',
    ]);
    // After "表示，" the rest of the sentence is what was said; a time too short to stand stays.
    expect(clausesOf('卫生部长周三表示，疫情已得到控制，学校下周将复课。', 'zh')).toHaveLength(1);
    expect(clausesOf('上一财年，该公司净利润下降12%，创十年来最大降幅。', 'zh')).toEqual([
      '上一财年，该公司净利润下降12%，',
      '创十年来最大降幅。',
    ]);
    // Inside a quotation or brackets a comma parts nothing.
    expect(clausesOf('他说：“我们会继续努力，争取早日复工。”', 'zh')).toHaveLength(1);
    expect(clausesOf('公司将投资50亿元（其中，研发投入占三成）建设新工厂。', 'zh')).toHaveLength(1);
  });

  it('parts a second clause that "and" opens with a subject pronoun, not a pronoun after a short first part', () => {
    expect(clausesOf('पुलिस के अनुसार, बस में 45 यात्री सवार थे और वह मनाली से शिमला जा रही थी।', 'hi')).toEqual([
      'पुलिस के अनुसार, बस में 45 यात्री सवार थे',
      'और वह मनाली से शिमला जा रही थी।',
    ]);
    expect(
      clausesOf('Der Minister besuchte am Montag die Unglücksstelle und er blieb bis zum Abend dort.', 'de'),
    ).toEqual(['Der Minister besuchte am Montag die Unglücksstelle', 'und er blieb bis zum Abend dort.']);
    expect(clausesOf('Putin and he met in Beijing on Wednesday.', 'en')).toHaveLength(1);
  });

  it('parts a relative clause after a subject that follows an opening phrase, and "and" with a subject of its own', () => {
    expect(
      clausesOf(
        'Âgé de 58 ans, M. Peñaherrera, qui a dirigé le ministère de 2017 à 2019, a toujours clamé son innocence.',
        'fr',
      ),
    ).toEqual([
      'Âgé de 58 ans, M. Peñaherrera, qui a dirigé le ministère de 2017 à 2019,',
      'a toujours clamé son innocence.',
    ]);
    expect(
      clausesOf(
        'Il se dit victime d’une « persécution politique » et ses avocats ont annoncé qu’ils feraient appel.',
        'fr',
      ),
    ).toEqual([
      'Il se dit victime d’une « persécution politique »',
      'et ses avocats ont annoncé qu’ils feraient appel.',
    ]);
    expect(
      clausesOf('O tribunal leu a sentença em Quito na quarta-feira e a defesa informou que vai recorrer.', 'pt'),
    ).toEqual(['O tribunal leu a sentença em Quito na quarta-feira', 'e a defesa informou que vai recorrer.']);
    // Two people who speak together are one subject.
    expect(
      clausesOf("Russia's President Vladimir Putin and the North Korean leader said the talks went well.", 'en'),
    ).toHaveLength(1);
    // A participle of calling something so is a statement of its own.
    expect(
      clausesOf(
        'He told reporters he was innocent as police led him out, calling the case political persecution.',
        'en',
      ),
    ).toEqual(['He told reporters he was innocent as police led him out,', 'calling the case political persecution.']);
  });

  it('parts Thai and Lao statements at a space before a word that opens one, not a long subject from its verb', () => {
    expect(clausesOf('น้ำท่วมฉับพลันในจังหวัดเชียงใหม่ทำให้บ้านเรือนเสียหายกว่า 200 หลัง ล่าสุดมีผู้เสียชีวิต 3 ราย', 'th')).toEqual([
      'น้ำท่วมฉับพลันในจังหวัดเชียงใหม่ทำให้บ้านเรือนเสียหายกว่า 200 หลัง',
      'ล่าสุดมีผู้เสียชีวิต 3 ราย',
    ]);
    expect(clausesOf('เจ้าหน้าที่ปิดถนนสายหลักเข้าเมืองเป็นการชั่วคราว ขณะที่โรงเรียนทุกแห่งในอำเภอประกาศปิดเรียน', 'th')).toEqual([
      'เจ้าหน้าที่ปิดถนนสายหลักเข้าเมืองเป็นการชั่วคราว',
      'ขณะที่โรงเรียนทุกแห่งในอำเภอประกาศปิดเรียน',
    ]);
    expect(clausesOf('ນ້ຳຖ້ວມໃນແຂວງຫຼວງພະບາງທຳລາຍເຮືອນ 50 ຫຼັງ ລ່າສຸດມີຜູ້ເສຍຊີວິດ 2 ຄົນ', 'lo')).toEqual([
      'ນ້ຳຖ້ວມໃນແຂວງຫຼວງພະບາງທຳລາຍເຮືອນ 50 ຫຼັງ',
      'ລ່າສຸດມີຜູ້ເສຍຊີວິດ 2 ຄົນ',
    ]);
    // Soldiers, police and volunteers (the subject) | mobilised to search: one statement.
    expect(clausesOf('ทหาร ตำรวจ และอาสาสมัครกว่า 500 คน ระดมกำลังค้นหาผู้สูญหายตลอดทั้งคืน', 'th')).toHaveLength(1);
    // "while" inside what the district chief said.
    expect(clausesOf('นายสมชาย ใจดี นายอำเภอเมือง กล่าวว่า "ฝนตกหนักมากในคืนนี้ ขณะที่ระดับน้ำยังสูงขึ้นเรื่อยๆ"', 'th')).toHaveLength(1);
  });

  it('gives offsets into the paragraph', () => {
    const text = 'Der Minister sagte, die Lage sei ernst, und fügte hinzu, es gebe 14 Tote.';
    for (const sentence of segmentSentences(text, 'de'))
      for (const clause of splitClauses(sentence, 'de')) expect(text.slice(clause.start, clause.end)).toBe(clause.text);
  });
});

describe('splitAtFacts', () => {
  /** The clause at offset 10 of its paragraph, cut between the facts at the figures named. */
  const piecesOf = (text: string, ...figures: string[]) => {
    const clause = { text, start: 10, end: 10 + text.length };
    return splitAtFacts(
      clause,
      figures.map((figure) => text.indexOf(figure)),
    );
  };
  const piecesIn = (lang: string, text: string, ...figures: string[]) =>
    splitAtFacts(
      { text, start: 0, end: text.length },
      figures.map((figure) => text.indexOf(figure)),
      lang,
    ).map((piece) => piece.text);

  it('parts two tolls joined by "and", and in Thai at the space between clauses, not the one beside a figure', () => {
    expect(piecesIn('cs', 'Podle úřadů zahynulo nejméně 11 lidí a 24 dalších utrpělo zranění.', '11', '24')).toEqual([
      'Podle úřadů zahynulo nejméně 11 lidí',
      'a 24 dalších utrpělo zranění.',
    ]);
    expect(
      piecesIn('en', 'The blast killed at least 12 people and injured 30 more in the market.', '12', '30'),
    ).toEqual(['The blast killed at least 12 people', 'and injured 30 more in the market.']);
    expect(piecesIn('th', 'ล่าสุดมีผู้เสียชีวิตแล้ว 9 ราย ได้รับบาดเจ็บ 24 ราย และยังสูญหายอีก 6 ราย', '9', '24', '6')).toEqual([
      'ล่าสุดมีผู้เสียชีวิตแล้ว 9 ราย',
      'ได้รับบาดเจ็บ 24 ราย',
      'และยังสูญหายอีก 6 ราย',
    ]);
    // Without the language, a space is no pause.
    expect(piecesOf('ล่าสุดมีผู้เสียชีวิตแล้ว 9 ราย ได้รับบาดเจ็บ 24 ราย', '9', '24')).toHaveLength(1);
  });

  it('parts facts told with figures at the last comma or semicolon between them, with offsets into the paragraph', () => {
    const text =
      'y tuvo su epicentro a 28 kilómetros al noroeste de Caravelí, según el instituto, a una profundidad de 42 kilómetros; se registraron 60 réplicas.';
    const pieces = piecesOf(text, '28', '42', '60');
    expect(pieces.map((piece) => piece.text)).toEqual([
      'y tuvo su epicentro a 28 kilómetros al noroeste de Caravelí, según el instituto,',
      'a una profundidad de 42 kilómetros;',
      'se registraron 60 réplicas.',
    ]);
    for (const piece of pieces) expect(text.slice(piece.start - 10, piece.end - 10)).toBe(piece.text);
  });

  it('cuts neither inside a quotation nor inside brackets, nor leaves a piece shorter than a clause', () => {
    expect(piecesOf('«Hay 41 muertos, y 300 heridos en los hospitales», dijo el ministro.', '41', '300')).toHaveLength(
      1,
    );
    expect(
      piecesOf('Очаг (глубина 42 км, по данным USGS, 35 км от города) залегал под горами.', '42', '35'),
    ).toHaveLength(1);
    expect(piecesOf('Ofiar 12, rannych 50 w wypadku autobusu pod Krakowem.', '12', '50')).toHaveLength(1);
    expect(piecesOf('公司将计提3500亿日元（约合24亿美元，合1700亿元人民币）的重组费用。', '24', '1700')).toHaveLength(
      1,
    );
    expect(piecesOf('Um sismo de magnitude 6,1 abalou a ilha.', '6,1')).toHaveLength(1);
  });
});
