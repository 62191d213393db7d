import { describe, expect, it } from 'vitest';
import { findCitedSources } from '../../../src/pipeline/describe/find-cited-sources.ts';
import { findPlaces } from '../../../src/pipeline/describe/find-places.ts';

const names = (text: string, lang: string) => findPlaces([{ text, line: 1 }], lang).map((place) => place.name);
const cited = (text: string, lang: string) => findCitedSources([{ text, line: 1 }], lang).map((source) => source.name);

describe('findPlaces', () => {
  it('finds countries by their names in the article language, in any case ending, under one English name', () => {
    expect(names('Η στήριξη της Βόρειας Κορέας προς τη Ρωσία.', 'el')).toEqual(['North Korea', 'Russia']);
    expect(names('Kim a promis că va ajuta Rusia; armata Rusiei.', 'ro')).toEqual(['Russia']);
    expect(names('Nordkorea und Russland haben einen Vertrag.', 'de')).toEqual(['North Korea', 'Russia']);
  });

  it('does not take an adjective or a preposition for a country', () => {
    expect(names('Președintele rus a vorbit, κατά τη διάρκεια.', 'ro')).toEqual([]);
    expect(names('Ο Ρώσος πρόεδρος μίλησε κατά τη συνάντηση.', 'el')).toEqual([]);
  });

  it('finds countries in scripts with vowel signs and in Arabic, and not in words that only share letters with them', () => {
    expect(names('भारत और पेरू ने समझौते पर हस्ताक्षर किए।', 'hi')).toEqual(['India', 'Peru']);
    expect(names('मंत्री ने अगले वर्ष के बजट पर बात की।', 'hi')).toEqual([]);
    expect(names('وصل الرئيس إلى اليمن.', 'ar')).toEqual(['Yemen']);
    expect(names('حتى يؤدي خلفه اليمين يوم الجمعة.', 'ar')).toEqual([]);
    expect(names('Россия и Франция подписали договор; посол Франции.', 'ru')).toEqual(['Russia', 'France']);
  });

  it('finds a country with Arabic "in", "and" or "for" written onto it, and not a country inside a longer name', () => {
    expect(names('مقتل خمسة أشخاص في حريق عبّارة بإندونيسيا.', 'ar')).toEqual(['Indonesia']);
    expect(names('وصل الوفد إلى بكين وللصين دور في المفاوضات.', 'ar')).toEqual(['China']);
    expect(names('印度尼西亚一艘客轮起火。', 'zh')).toEqual(['Indonesia']);
    expect(names('인도네시아 여객선 화재로 5명 사망', 'ko')).toEqual(['Indonesia']);
    expect(names('印度和巴基斯坦举行会谈。', 'zh')).toEqual(['India', 'Pakistan']);
  });

  it("finds countries by the names news uses besides CLDR's, and by each name of a bracketed pair", () => {
    expect(names('An earthquake struck eastern Turkey; aid came from Burma and DR Congo.', 'en')).toEqual([
      'Türkiye',
      'Myanmar (Burma)',
      'Congo - Kinshasa',
    ]);
    expect(names('पूर्वी तुर्की में भूकंप आया।', 'hi')).toEqual(['Türkiye']);
    expect(names('한국 정부는 튀르키예에 구조대를 보냈다.', 'ko').sort()).toEqual(['South Korea', 'Türkiye']);
    expect(names('刚果（金）东部发生冲突。', 'zh')).toEqual(['Congo - Kinshasa']);
    // A one-character part in brackets ("金" of 刚果（金）, "布" of 刚果（布）) is no name: Kim Jong Un, "announce".
    expect(names('金正恩与普京在北京会晤。韩国央行15日宣布加息。', 'zh')).toEqual(['South Korea']);
    expect(names('El Gobierno de China y la región de Hong Kong firmaron el acuerdo.', 'es')).toContain('China');
    expect(names('Leaders from Latin America met in Lima.', 'en')).not.toContain('United States');
  });

  it('takes no word that starts like a country for it in a language that gives names no endings', () => {
    expect(names('Segundo o serviço de emergência, o trem descarrilou.', 'pt')).toEqual([]);
    expect(names('Le train aurait franchi un signal rouge.', 'fr')).toEqual([]);
    expect(names('Il presidente della Francia ha parlato.', 'it')).toEqual(['France']);
  });

  it('finds a country joined to a case ending or an article by an apostrophe, once', () => {
    expect(names("Türkiye'nin doğusunda deprem; Elazığ'da yardım.", 'tr')).toEqual(['Türkiye']);
    expect(names("L'aide de l'Ukraine et d'Israël.", 'fr')).toEqual(['Ukraine', 'Israel']);
    expect(names("Russia's army and Ukraine's.", 'en')).toEqual(['Russia', 'Ukraine']);
  });

  it('takes a short country name that is also a word only as it is written: capitalised, with its own tone marks', () => {
    expect(names('Có 120 người bị thương và nhiều người lao động mất việc.', 'vi')).toEqual([]);
    expect(names('Bị thương nặng, anh được đưa về Bỉ và sau đó sang Lào.', 'vi')).toEqual(['Belgium', 'Laos']);
    expect(names('Ο ΠΡΩΘΥΠΟΥΡΓΟΣ ΕΠΙΣΚΕΦΘΗΚΕ ΤΟ ΙΡΑΝ', 'el')).toEqual(['Iran']);
  });

  it('finds cities after a locative or a place noun, in several languages', () => {
    expect(names('Η παρέλαση στο Πεκίνο και η περιοχή του Κουρσκ.', 'el')).toEqual(['Πεκίνο', 'Κουρσκ']);
    expect(names('S-au întâlnit la Beijing, după luptele din regiunea Kursk.', 'ro')).toEqual(['Beijing', 'Kursk']);
    expect(names('Le sommet a eu lieu à Pékin.', 'fr')).toEqual(['Pékin']);
    // A place noun with the name in its own case, or after it, as Turkish writes it.
    expect(names('Подземные толчки ощущались и в столице страны Лиме, в 35 км от города Чукибамба.', 'ru')).toEqual([
      'Лиме',
      'Чукибамба',
    ]);
    expect(names('Sarsıntı, Arequipa bölgesinde ve Lima kentinde hissedildi.', 'tr')).toEqual(['Arequipa', 'Lima']);
    expect(names('O sismo atingiu a região de Arequipa, perto da cidade de Caravelí.', 'pt')).toEqual([
      'Arequipa',
      'Caravelí',
    ]);
    expect(names('Kapal terbakar di perairan dekat Pulau Talise, Provinsi Sulawesi Utara.', 'id')).toEqual([
      'Talise',
      'Sulawesi Utara',
    ]);
  });

  it('takes no ship’s flag for a place, in any language, and still the country the ship is in', () => {
    for (const [lang, text] of [
      ['tr', 'Malta bayraklı tanker ile Panama bayraklı gemi çarpıştı.'],
      ['id', 'Kapal tanker berbendera Malta bertabrakan dengan kapal berbendera Panama.'],
      ['uk', 'Зіткнулися танкер під прапором Мальти та суховантаж під прапором Панами.'],
      ['en', 'A Malta-flagged tanker and a ship flying the flag of Panama collided.'],
      ['ru', 'Столкнулись танкер под флагом Мальты и судно под флагом Панамы.'],
      ['ja', 'マルタ船籍のタンカーとパナマ船籍の貨物船が衝突した。'],
    ] as const)
      expect(names(text, lang), text).toEqual([]);
    expect(names('Kapal tanker berbendera Malta bertabrakan di perairan Turki.', 'id')).toEqual(['Türkiye']);
  });

  it('finds cities after the locatives of further languages', () => {
    expect(names('Танкер зіткнувся з суховантажем у Стамбулі.', 'uk')).toEqual(['Стамбулі']);
    expect(names('Pociąg wykoleił się pod Krakowem, a ranni trafili do szpitala w Tarnowie.', 'pl')).toEqual([
      'Krakowem',
      'Tarnowie',
    ]);
    expect(names('Tabrakan terjadi di Jakarta pada Selasa.', 'id')).toEqual(['Jakarta']);
  });

  it('finds a country with Hebrew prefixes written onto it, and a place after a Hebrew place noun', () => {
    expect(names('לפי ההגנה האזרחית ביוון, כ-19 אלף בני אדם פונו.', 'he')).toEqual(['Greece']);
    expect(names('השריפה פרצה ליד הכפר לארמה שבדרום האי רודוס ובאזור להישמע.', 'he')).toEqual(['לארמה', 'רודוס']);
    expect(names('הלהבות בדרום האי היווני.', 'he')).toEqual([]);
  });

  it('does not take a capitalised German noun in a fixed phrase for a place', () => {
    expect(names('Der Vertrag ist seit Dezember in Kraft, sagte er in Peking.', 'de')).toEqual(['Peking']);
    // Nor an abstract noun, whatever the preposition before it.
    expect(names('Nach Auszählung von 99,6 Prozent der Stimmen jubelten seine Anhänger in Sofia.', 'de')).toEqual([
      'Sofia',
    ]);
    expect(
      names('Die Straße bleibt aus Sicherheitsgründen bis Freitag gesperrt, in Erwartung neuer Regenfälle.', 'de'),
    ).toEqual([]);
  });
});

describe('findCitedSources', () => {
  it('finds known agencies and institutions in their local names and inflections, in text order', () => {
    expect(cited('σύμφωνα με ανακοίνωση Τύπου του Κρεμλίνου, όπως μετέδωσε το KCNA.', 'el')).toEqual([
      'Kremlin',
      'KCNA',
    ]);
    expect(cited('potrivit agenției de știri sud-coreene Yonhap și Agerpres.', 'ro')).toEqual(['Yonhap', 'Agerpres']);
    expect(cited('сообщает ТАСС со ссылкой на Кремль.', 'ru')).toEqual(['TASS', 'Kremlin']);
  });

  it('takes a name written after an attribution phrase as a source, even when it is not listed', () => {
    expect(cited('The talks went well, according to Korea Central Broadcasting.', 'en')).toEqual([
      'Korea Central Broadcasting',
    ]);
  });

  it('does not take a German common noun after "laut" for a source', () => {
    expect(cited('Laut Angaben aus Moskau war das Treffen lang.', 'de')).toEqual([]);
  });
});
