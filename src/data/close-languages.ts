/**
 * Languages whose letter statistics are so alike that franc ranks them by a hair, with words
 * each writes and the other does not (or spells otherwise). When franc's first two guesses are
 * such a pair, close together, the words a text holds decide (see `detect-language.ts`).
 */
export interface CloseLanguages {
  /** ISO 639-3 codes, as franc gives them. */
  pair: readonly [string, string];
  /** Words only the first of the pair writes, then words only the second does; lower case. */
  words: readonly [readonly string[], readonly string[]];
  reason: string;
}

export const closeLanguages: readonly CloseLanguages[] = [
  {
    pair: ['ind', 'zlm'],
    words: [
      [
        'karena',
        'bisa',
        'pemerintah',
        'polisi',
        'uang',
        'kantor',
        'maret',
        'agustus',
        'desember',
        'juli',
        'juni',
        'kemarin',
        'tewas',
        'korban',
        'provinsi',
        'kabupaten',
        'yaitu',
        'pernyataan',
        'tentara',
        'kendaraan',
        'gratis',
        'senin',
        'kamis',
        'jumat',
        'minggu',
        'rp',
        'wni',
      ],
      [
        'kerana',
        'boleh',
        'kerajaan',
        'polis',
        'wang',
        'pejabat',
        'mac',
        'ogos',
        'disember',
        'julai',
        'jun',
        'semalam',
        'mangsa',
        'negeri',
        'iaitu',
        'kenyataan',
        'tentera',
        'kenderaan',
        'percuma',
        'isnin',
        'khamis',
        'jumaat',
        'ahad',
        'rm',
        'bomba',
      ],
    ],
    reason:
      'Indonesian and Malay: one language in two standards, which franc ranks within a hundredth of each other; they differ in everyday words ("karena"/"kerana", "polisi"/"polis", "pemerintah"/"kerajaan"), month and weekday names ("Agustus"/"Ogos", "Senin"/"Isnin") and currency ("Rp"/"RM")',
  },
  {
    pair: ['eng', 'sco'],
    words: [
      [
        'from',
        'with',
        'to',
        'have',
        'has',
        'not',
        'one',
        'all',
        'out',
        'about',
        'down',
        'would',
        'other',
        'own',
        'know',
      ],
      [
        'frae',
        'wi',
        'tae',
        'hae',
        'haes',
        'nae',
        'ane',
        'aw',
        'oot',
        'aboot',
        'doon',
        'wad',
        'ither',
        'awn',
        'ken',
        'cannae',
        'didnae',
        'isnae',
        'wisnae',
        'awa',
      ],
    ],
    reason:
      'English and Scots, which franc ranks within a thousandth of each other on English news (a wire story read as Scots loses every English cue); Scots spells the commonest words its own way ("frae", "wi", "tae", "hae", "oot")',
  },
];
