import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractClaimUnits } from '../../../src/pipeline/claims/extract-claims.ts';
import { indexGlossary } from '../../../src/pipeline/events/extract-event-features.ts';
import { GlossarySchema } from '../../../src/schemas/glossary.ts';

const root = path.join(import.meta.dirname, '../../..');
const glossary = indexGlossary(
  GlossarySchema.parse(parse(readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8'))),
);
const unitsOf = (lang: string, published: string | null, ...paragraphs: string[]) =>
  extractClaimUnits(
    'a',
    lang,
    published,
    paragraphs.map((text, index) => ({ text, line: index + 1 })),
    glossary,
  );

describe('extractClaimUnits', () => {
  it('names who said or did it: next to the verb, the subject, by surname later, and for "el" the one before', () => {
    const units = unitsOf(
      'ro',
      '2025-09-03',
      'Președintele rus Vladimir Putin s-a întâlnit miercuri, la Beijing, cu liderul nord-coreean Kim Jong-un.',
      'Kim a subliniat că relațiile dintre cele două țări se dezvoltă în toate domeniile.',
      '„Luptăm împreună cu poporul frate și cu armata rusă”, a declarat el.',
      'Vladimir Putin, la rândul său, a subliniat că relațiile au fost mult timp „de încredere”.',
    );
    expect(units.map((unit) => unit.speaker)).toEqual([
      'Vladimir Putin',
      'Kim Jong Un',
      'Kim Jong Un',
      'Vladimir Putin',
    ]);
  });

  it('gives the speaker of a German quotation to each of its parts', () => {
    const units = unitsOf(
      'de',
      null,
      '„Ich möchte betonen, dass Ihre Soldaten mutig gekämpft haben… wir werden die Opfer niemals vergessen“, sagte Putin zu Kim und dankte ihm im Namen des russischen Volkes.',
    );
    expect(units.map((unit) => [unit.text.slice(0, 12), unit.speaker])).toEqual([
      ['„Ich möchte ', 'Vladimir Putin'],
      ['wir werden d', 'Vladimir Putin'],
      ['und dankte i', 'Vladimir Putin'],
    ]);
  });

  it('credits agencies named after an attribution phrase, and not a place merely named', () => {
    const [unit] = unitsOf(
      'ro',
      null,
      'Totodată, potrivit agenției de știri sud-coreene Yonhap, Kim i-a mulțumit liderului de la Kremlin pentru laudele aduse trupelor.',
    );
    expect(unit?.according).toEqual(['Yonhap']);
  });

  it('reads figures, dates and hedges, leaving out a dateline, the digits of a date and the day a statement was made', () => {
    const [unit] = unitsOf(
      'en',
      '2026-05-02',
      'DOHA, May 2 (Newswire) - The truce, reportedly agreed on Friday, will free 1,200 prisoners by June 2026, the minister said on Saturday.',
    );
    expect([...(unit?.numbers ?? [])]).toEqual(['1200']);
    expect([...(unit?.dates ?? [])].sort()).toEqual(['2026-06', '~5']);
    expect(unit?.hedged).toBe(true);
  });

  it('keeps a short quotation of the speaker as a quotation, and a loaded word in quotes as a scare quote', () => {
    const [duty] = unitsOf(
      'el',
      null,
      'Ο Κιμ Γιονγκ Ουν τόνισε ότι η στήριξη προς τη Ρωσία αποτελεί «αδελφικό καθήκον».',
    );
    expect([...(duty?.scareQuoted ?? [])]).toEqual([]);
    const [kursk] = unitsOf('el', null, 'Οι στρατιώτες συμμετείχαν στην «απελευθέρωση» της περιοχής του Κουρσκ.');
    expect([...(kursk?.scareQuoted ?? [])]).toContain('liberation');
  });

  it('names the speaker and reads hedges in Chinese, Arabic and Korean', () => {
    const [chinese] = unitsOf('zh', null, '据报道，普京表示俄罗斯将继续支持朝鲜的军队。');
    expect(chinese?.speaker).toBe('Vladimir Putin');
    expect(chinese?.hedged).toBe(true);
    const [arabic] = unitsOf('ar', null, 'وقال بوتين إن روسيا لن تنسى أبدا تضحيات الجنود الكوريين الشماليين.');
    expect(arabic?.speaker).toBe('Vladimir Putin');
    const [korean] = unitsOf('ko', null, '김정은 위원장은 러시아를 돕는 것이 형제의 의무라고 말했다.');
    expect(korean?.speaker).toBe('Kim Jong Un');
  });
});
