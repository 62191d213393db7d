import { describe, expect, it } from 'vitest';
import { scanQuotations } from '../../../src/pipeline/claims/scan-quotations.ts';

const quoted = (text: string) => scanQuotations(text).spans.map(([from, to]) => text.slice(from + 1, to));

describe('scanQuotations', () => {
  it('reads the quotation marks of German, Greek, French, English and Japanese', () => {
    expect(quoted('Er nannte es „brüderliche Pflicht“.')).toEqual(['brüderliche Pflicht']);
    expect(quoted('αποτελεί «αδελφικό καθήκον» και «χρέος»')).toEqual(['αδελφικό καθήκον', 'χρέος']);
    expect(quoted('un « devoir fraternel »')).toEqual([' devoir fraternel ']);
    expect(quoted('a “brotherly duty” and "help"')).toEqual(['brotherly duty', 'help']);
    expect(quoted('金正恩氏は「兄弟の義務」と述べた')).toEqual(['兄弟の義務']);
  });

  it('reads the Swedish and Finnish quotation that opens and closes with one mark, and the German »…«', () => {
    expect(quoted('”Vi kämpar mot klockan”, säger guvernören.')).toEqual(['Vi kämpar mot klockan']);
    expect(quoted('»Wir helfen«, sagte er, und ein „zweites“ Wort.')).toEqual(['Wir helfen', 'zweites']);
    expect(quoted('Ett „citat” och ”ett till”.')).toEqual(['citat', 'ett till']);
  });

  it('takes the outer quotation when one is nested, and an apostrophe for no quotation', () => {
    expect(quoted('„Er sagte ‚nie‘ dazu“, hieß es; Β’ Παγκόσμιος; don’t')).toEqual(['Er sagte ‚nie‘ dazu']);
  });

  it('tells whether a quotation is still open at the end', () => {
    expect(scanQuotations('„Vom ajuta Rusia.').unclosed).toBe(true);
    expect(scanQuotations('„Vom ajuta Rusia.”').unclosed).toBe(false);
  });
});
