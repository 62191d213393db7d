import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/pipeline/clean/clean-article.ts';
import { copyrightHolder } from '../../../src/pipeline/describe/read-copyright.ts';
import { describeArticle } from '../../../src/pipeline/describe-article.ts';
import { detectLanguage } from '../../../src/pipeline/detect-language.ts';
import { textToBlocks } from '../../../src/pipeline/text-to-blocks.ts';

describe('copyrightHolder', () => {
  it('reads the holder a copyright line names, after the mark or before it, without years', () => {
    expect(copyrightHolder('© Diario Córdoba 2025. Todos los derechos reservados.')).toBe('Diario Córdoba');
    expect(copyrightHolder('© 2025 Anadolu Ajansı. Tüm hakları saklıdır.')).toBe('Anadolu Ajansı');
    expect(copyrightHolder('© 2025 Укрінформ. Усі права захищені.')).toBe('Укрінформ');
    expect(copyrightHolder('COPYRIGHT © ANTARA 2025')).toBe('ANTARA');
    expect(copyrightHolder('Copyright © 2024-2025 Corriere della Sera')).toBe('Corriere della Sera');
    expect(copyrightHolder('(c) 2025 Le Monde - Tous droits réservés')).toBe('Le Monde');
    expect(copyrightHolder('InfoMoney © 2025 Todos os direitos reservados')).toBe('InfoMoney');
    expect(copyrightHolder('Riproduzione riservata © Copyright ANSA')).toBe('ANSA');
  });

  it('takes no words that are not written as a name, and reads nothing in scripts without capitals', () => {
    expect(copyrightHolder('© All rights reserved')).toBeNull();
    expect(copyrightHolder('Bản quyền © 2025 thuộc về Báo Tin tức')).toBeNull();
    expect(copyrightHolder('© כל הזכויות שמורות לגלובס')).toBeNull();
    expect(copyrightHolder('版权所有 © 新华网')).toBeNull();
  });
});

describe('describeArticle', () => {
  it('names the outlet after the copyright line cleaning took out', () => {
    const text = [
      'Al menos siete muertos en un choque de trenes en Córdoba',
      'Al menos siete personas han muerto y 43 han resultado heridas tras chocar este martes un tren de pasajeros con un mercancías.',
      'El ministro de Transportes, Óscar Puente, se ha desplazado al lugar del accidente.',
      '© Diario Córdoba 2025. Todos los derechos reservados.',
    ].join('\n');
    const language = detectLanguage(text);
    const described = describeArticle(cleanArticle(textToBlocks(text), language.lang), language, null);
    expect(described.outlet).toEqual({
      value: 'Diario Córdoba',
      provenance: {
        by: 'detected',
        rule: 'copyright-line',
        evidence: [{ line: 4, text: '© Diario Córdoba 2025. Todos los derechos reservados.' }],
      },
    });
  });

  it('names the outlet a byline of its newsroom credits, and takes the Italian footer out to read its holder', () => {
    const outletOf = (lines: string[]) => {
      const text = lines.join('\n');
      const language = detectLanguage(text);
      return describeArticle(cleanArticle(textToBlocks(text), language.lang), language, null).outlet.value;
    };
    const body = [
      'Al menos tres personas murieron y decenas resultaron heridas este sábado cuando un tren regional descarriló cerca de Brescia.',
      'El tren, que cubría la ruta entre Milán y Venecia, transportaba unos 200 pasajeros, según la operadora Trenord.',
    ];
    const headline = 'Un tren descarrila en el norte de Italia';
    expect(outletOf([headline, 'Redacción BBC News Mundo', '14 marzo 2026', ...body])).toBe('BBC News Mundo');
    // A desk is no outlet.
    expect(outletOf([headline, 'Redacción Internacional', '14 marzo 2026', ...body])).toBeNull();
    expect(outletOf([headline, 'Redacción de Internacional', '14 marzo 2026', ...body])).toBeNull();
    expect(
      outletOf([
        'Treno deragliato nel Bresciano, tre morti',
        'Tre persone sono morte e decine sono rimaste ferite nel deragliamento di un treno regionale vicino a Brescia.',
        'Il convoglio, partito da Milano e diretto a Venezia, trasportava circa 200 passeggeri, secondo Trenord.',
        'Riproduzione riservata © Copyright ANSA',
      ]),
    ).toBe('ANSA');
  });
});
