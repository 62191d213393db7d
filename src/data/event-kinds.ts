/**
 * What kind of event an article reports, told by words in its opening lines. Two articles that
 * report different kinds (a meeting, a phone call) are about different events even when the same
 * people take part. `english` is the verb phrase the generated event title uses.
 */
export interface EventKind {
  kind: string;
  /** Title template: `{who}` the participants, `{place}` " in <place>" or nothing. */
  english: string;
  /** Regular expression sources per language, matched on folded text (lower case, no accents). */
  cues: Record<string, string>;
  /**
   * Whether reports from other time zones may date it a day apart: a quake at 23:47 in Lima is
   * on the next day in Moscow. Meetings and calls are dated where they happen. Default `false`.
   */
  acrossTimeZones?: boolean;
  reason: string;
}

export const eventKinds: readonly EventKind[] = [
  {
    kind: 'phone-call',
    english: '{who} hold a phone call',
    cues: {
      en: 'phone call|telephone call|spoke by phone|phone conversation|talked by phone',
      el: 'τηλεφωνικ\\p{L}* (επικοινωνι|συνομιλι|συνδιαλεξ)|τηλεφωνικως|τηλεφωνηθηκαν|τηλεφωνικη',
      de: 'telefonat|telefongesprach|telefonierten|telefonisch',
      ro: 'convorbire telefonica|convorbirea telefonica|discutie telefonica|au vorbit la telefon',
      fr: 'entretien telephonique|appel telephonique|echange telephonique|au telephone',
      es: 'llamada telefonica|conversacion telefonica|conversaron por telefono',
      it: 'telefonata|colloquio telefonico|conversazione telefonica',
      ru: 'телефонн\\p{L}* разговор|по телефону|созвонились',
    },
    reason: 'a call is not a meeting in person',
  },
  {
    kind: 'meeting',
    english: '{who} meet{place}',
    cues: {
      en: '\\bmet\\b|\\bmeets\\b|meeting|talks with|held talks|summit',
      el: 'συναντηθηκ|συναντηση|συναντησης|συνομιλιες|συνοδο|διασκεψη|δεχτηκε|εγινε δεκτος|υποδεχτηκε',
      de: 'traf|treffen|trafen|gesprach|gesprache|gipfel|empfing|zusammenkunft',
      ro: 's-a intalnit|s-au intalnit|intalnire|intalnirii|intalnirea|reuniunea|summit|a primit',
      fr: 'a rencontre|rencontre|entretien|sommet|a recu',
      es: 'se reunio|reunion|cumbre|encuentro|recibio a',
      it: 'ha incontrato|incontro|vertice|colloquio|ha ricevuto',
      ru: 'встрет|встреча|переговор|саммит|принял',
    },
    reason: 'leaders or officials meeting in person',
  },
  {
    kind: 'earthquake',
    acrossTimeZones: true,
    english: 'Earthquake{place}',
    cues: {
      en: 'earthquake|quake|tremor',
      el: 'σεισμ',
      de: 'erdbeben|beben',
      ro: 'cutremur|seism',
      fr: 'seisme|tremblement de terre',
      es: 'terremoto|sismo|seismo',
      it: 'terremoto|sisma|scossa',
      pt: 'terremoto|sismo|abalo sismico',
      ru: 'землетрясени|толчк',
      uk: 'землетрус',
      pl: 'trzesieni[ae] ziemi',
      tr: 'deprem',
      nl: 'aardbeving',
    },
    reason: 'an earthquake: "struck" in its reports is not an attack',
  },
  {
    kind: 'flood',
    acrossTimeZones: true,
    english: 'Floods{place}',
    cues: {
      en: 'flood|flooding|storm|hurricane|typhoon|cyclone|landslide',
      el: 'πλημμυρ|καταιγιδ|κυκλων|τυφων',
      de: 'hochwasser|uberschwemmung|flut|sturm|orkan|erdrutsch',
      ro: 'inundati|viitur|furtun|uragan|alunecar',
      fr: 'inondation|crue|tempete|ouragan|cyclone|glissement de terrain',
      es: 'inundacion|riada|tormenta|huracan|ciclon|deslizamiento',
      it: 'alluvion|inondazion|tempesta|uragano|ciclone|frana',
      pt: 'inundac|cheia|enchente|tempestade|furacao|ciclone|deslizamento',
      ru: 'наводнени|паводк|шторм|ураган|циклон|оползн',
      uk: 'повін|паводк|шторм|ураган|зсув',
      pl: 'powodz|ulew|burz|huragan|osuwisk',
      tr: 'sel|firtina|kasirga|heyelan',
      nl: 'overstroming|storm|orkaan|aardverschuiving',
    },
    reason: 'floods and storms, told apart from attacks and meetings',
  },
  {
    kind: 'accident',
    acrossTimeZones: true,
    english: 'Accident{place}',
    cues: {
      en: 'derail|crash|collision|collided|capsiz|sank|shipwreck',
      el: 'εκτροχιασ|συγκρουσ|δυστυχημα|ναυαγι|συντριβ',
      de: 'entgleis|zusammenstoss|unfall|absturz|kenter|ungluck',
      ro: 'deraia|coliziune|accident|prabus|naufragi',
      fr: 'deraill|collision|accident|crash|naufrage|chavir',
      es: 'descarril|choque|colision|accidente|naufragio|se estrello',
      it: 'deragliament|scontro|collisione|incidente|naufragio|schiant',
      pt: 'descarril|colisao|acidente|naufragio|despenh',
      ru: 'сошел с рельсов|крушени|столкновени|авари|катастроф',
      uk: 'зійшов з рейок|катастроф|зіткненн|авари',
      pl: 'wykolej|katastrof|zderzeni|wypadek|rozbil',
      tr: 'raydan cik|kaza|carpis|dustu',
      nl: 'ontspoor|botsing|ongeval|neergestort|gekapseisd',
    },
    reason: 'a transport accident (a derailment, a crash, a sinking)',
  },
  {
    kind: 'attack',
    english: 'Attack{place}',
    cues: {
      en: 'attack|strike|struck|explosion|bombing|shelling',
      el: 'επιθεση|πληγμα|εκρηξη|βομβαρδισμ',
      de: 'angriff|anschlag|explosion|beschuss',
      ro: 'atac|explozie|bombardament',
      fr: 'attaque|frappe|explosion|bombardement',
      es: 'ataque|explosion|bombardeo',
      it: 'attacco|esplosione|bombardamento',
      ru: 'атак|удар|взрыв|обстрел',
    },
    reason: 'a strike or attack, told apart from talks',
  },
  {
    kind: 'election',
    english: 'Election{place}',
    cues: {
      en: 'election|vote|ballot|referendum',
      el: 'εκλογ|ψηφοφορι|δημοψηφισμα',
      de: 'wahl|abstimmung|referendum',
      ro: 'alegeri|vot|referendum',
      fr: 'election|scrutin|vote|referendum',
      es: 'eleccion|votacion|referendum',
      it: 'elezion|voto|referendum',
      ru: 'выбор|голосован|референдум',
    },
    reason: 'a vote',
  },
];
