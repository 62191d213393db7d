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
