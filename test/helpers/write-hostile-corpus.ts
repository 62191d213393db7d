import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const fixtures = path.join(import.meta.dirname, '../fixtures/hostile');

/** What the ingest should make of one file of the hostile corpus. */
export interface HostileCase {
  /** Path relative to the corpus folder, `/`-separated, as the report names it. */
  file: string;
  /** `published`, or the rule id of the message that reports why not (or what to look at). */
  outcome: 'published' | `published with ${string}` | `error ${string}` | `warning ${string}` | `info ${string}`;
}

/**
 * Write a sources folder of everything an ingest must survive: empty, binary and mis-encoded
 * files, MDX and HTML injection, oversized files and lines, file names in other scripts and
 * with URL syntax, RTL and CJK text, stray files, nested folders, duplicates and symlinks. Big
 * and binary files are made here rather than committed. Returns each file with what should
 * become of it.
 */
export function writeHostileCorpus(folder: string): HostileCase[] {
  const cases: HostileCase[] = [];
  const write = (file: string, value: string | Uint8Array, outcome: HostileCase['outcome']) => {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), value);
    cases.push({ file, outcome });
  };
  const copy = (fixture: string, file: string, outcome: HostileCase['outcome']) => {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    copyFileSync(path.join(fixtures, fixture), path.join(folder, file));
    cases.push({ file, outcome });
  };
  const story = (what: string, n: number) =>
    `${what} opens a new bridge\n\nLARISSA, May ${n} - The town of ${what} opened a bridge of ${n * 7} metres on Tuesday, the mayor said.\nIt cost ${n * 3} million euros, according to the regional council.\n`;

  // 1. Files that are not article text.
  write('empty.txt', '', 'error empty-source');
  write('whitespace.txt', ' \t\r\n\n   \u00a0\u3000\n', 'error empty-source');
  write('invisible.txt', '\u200b\u200c\u2060\n\u200b\n', 'error empty-source');
  write(
    'png.txt',
    Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
    'error binary-source',
  );
  write('archive.txt', Buffer.from('504b0304140000000800', 'hex'), 'error binary-source');
  write('nul.txt', 'First line\nSecond line\nThird\0line\n', 'error binary-source');
  write('latin-1.txt', Buffer.from('Le ministre a d\xe9missionn\xe9\n', 'latin1'), 'error invalid-utf8');
  write(
    'utf-16.txt',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ο υπουργός παραιτήθηκε\n', 'utf16le')]),
    'error utf16-source',
  );
  write('furniture-only.txt', 'Read more\nShare on Facebook\nSubscribe to our newsletter\n', 'error no-article-text');
  write('huge.txt', story('Huge', 1).repeat(Math.ceil((5 * 1024 * 1024) / story('Huge', 1).length)), 'error too-large');

  // 2. Text that must come out as text: markup, frontmatter, a BOM with CRLF, one very long line.
  copy('markup-injection.txt', 'markup-injection.txt', 'published');
  copy('frontmatter-lookalike.txt', 'frontmatter-lookalike.txt', 'published');
  write('bom-crlf.txt', `\ufeff${story('Bom', 2).replaceAll('\n', '\r\n')}`, 'published');
  write(
    'long-line.txt',
    `A very long line\n\n${'The council said the bridge will open in May. '.repeat(200_000 / 46)}\n`,
    'published with warning long-article, warning long-line',
  );
  // A table of figures pasted as one line, and a quotation never closed over a long paragraph:
  // no sentence ends to read by.
  write(
    'figures-line.txt',
    `Casualty table\n\n${Array.from({ length: 8000 }, (_, index) => `${index * 7} killed, ${index} injured`).join(', ')}\n`,
    'published with warning long-line',
  );
  write(
    'unclosed-quote.txt',
    `Unclosed quote\n\n«${'The council said the bridge will open in May. '.repeat(4000)}\n`,
    'published with warning long-article, warning long-line',
  );
  // Control characters (ESC, BEL) and noncharacters, which YAML readers refuse: removed, with a word.
  write(
    'control.txt',
    story('Con\u001b[31mtrol\u0007', 11).replace('bridge', 'bri\uffffdge'),
    'published with warning control-character',
  );

  // 3. RTL, CJK, Indic and Thai (no spaces between words) text.
  for (const fixture of [
    'arabic.txt',
    'hebrew.txt',
    'chinese.txt',
    'japanese.txt',
    'korean.txt',
    'hindi.txt',
    'thai.txt',
  ])
    copy(fixture, `languages/${fixture}`, 'published');

  // 4. File names in other scripts and with URL syntax.
  const names = [
    'Ελληνικά νέα',
    '北京新闻',
    '🚀 launch',
    'two words',
    'issue #7',
    'why?',
    '100% sure',
    'a%2Fb',
    'UPPER',
    '<img src=x onerror=alert(1)>',
    `say "hi" & 'bye'`,
    // Decomposed, as macOS writes names: the page and every link to it must agree on one form.
    'Cafe\u0301 de Flore',
    'वित्त मंत्री',
  ];
  // The longest name a file system takes: 83 Chinese characters are 249 bytes.
  names.push('新'.repeat(83));
  names.forEach((name, index) => {
    write(`names/${name}.${name === 'UPPER' ? 'TXT' : 'txt'}`, story(name, 10 + index), 'published');
  });

  // 5. Stray files, hidden files, nested folders.
  write('.DS_Store', Buffer.from('0000000142756431', 'hex'), 'info hidden-file');
  write('.drafts/draft.txt', story('Draft', 3), 'info hidden-file');
  // A hidden folder is reported once, by its own name.
  cases[cases.length - 1] = { file: '.drafts', outcome: 'info hidden-file' };
  write('report.pdf', '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'info not-a-source');
  write('page.html', '<!doctype html><script>alert(1)</script>', 'info not-a-source');
  write('README.md', '# Sources\n', 'info not-a-source');
  write('no-extension', story('Nothing', 4), 'info not-a-source');
  write('deep/er/still/nested.txt', story('Nested', 5), 'published');
  write('folder.txt/inside.txt', story('Inside', 6), 'published');

  // A control character in a name is reported, shown as an escape, and the file not read.
  mkdirSync(path.join(folder, 'names'), { recursive: true });
  writeFileSync(path.join(folder, 'names/bell\u0007.txt'), story('Bell', 12));
  cases.push({ file: 'names/bell\\x07.txt', outcome: 'error file-name' });

  // 6. The same text twice, and the same id in two folders.
  write('copies/first.txt', story('Copy', 7), 'published');
  write('copies/second.txt', story('Copy', 7), 'warning duplicate-source');
  write('left/same-id.txt', story('Left', 8), 'published');
  write('right/same-id.txt', story('Right', 9), 'error duplicate-id');

  // 7. Symlinks: to a source, to nowhere, and to a folder above (a loop).
  symlinkSync('../names/two words.txt', path.join(folder, 'deep/linked.txt'));
  cases.push({ file: 'deep/linked.txt', outcome: 'info symlink' });
  symlinkSync('no-such-file.txt', path.join(folder, 'dangling.txt'));
  cases.push({ file: 'dangling.txt', outcome: 'info symlink' });
  symlinkSync('..', path.join(folder, 'deep/loop'));
  cases.push({ file: 'deep/loop', outcome: 'info symlink' });

  return cases;
}
