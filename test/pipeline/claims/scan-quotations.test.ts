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

  it('reads a pair of straight single quotes, and no apostrophe inside or before a word', () => {
    expect(quoted("'De komende 48 uur zijn kritiek', zei de minister.")).toEqual(['De komende 48 uur zijn kritiek']);
    expect(quoted("Zo'n 16.000 mensen zijn 's avonds geëvacueerd, in de jaren '90 ook.")).toEqual([]);
    expect(quoted("“He said 'no' to me,” she said.")).toEqual(["He said 'no' to me,"]);
    expect(scanQuotations("'s Avonds bleef het rustig.").unclosed).toBe(false);
  });

  it('tells whether a quotation is still open at the end', () => {
    expect(scanQuotations('„Vom ajuta Rusia.').unclosed).toBe(true);
    expect(scanQuotations('„Vom ajuta Rusia.”').unclosed).toBe(false);
  });
});
