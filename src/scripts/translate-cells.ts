/**
 * Offer a "Translate" button on each quoted sentence of the claim matrix where the browser has an
 * on-device translator (the Translator API). Nothing is sent anywhere: the browser translates
 * on the device, or the button is not shown.
 */

interface TranslatorInstance {
  translate: (text: string) => Promise<string>;
}

interface TranslatorApi {
  availability: (options: { sourceLanguage: string; targetLanguage: string }) => Promise<string>;
  create: (options: { sourceLanguage: string; targetLanguage: string }) => Promise<TranslatorInstance>;
}

const api = (globalThis as { Translator?: TranslatorApi }).Translator;
const target = (navigator.language || 'en').split('-')[0] ?? 'en';
const translators = new Map<string, Promise<TranslatorInstance>>();

if (api) {
  for (const quote of document.querySelectorAll<HTMLQuoteElement>('.claim-matrix blockquote[lang]')) {
    const source = quote.lang.split('-')[0] ?? '';
    if (!source || source === target) continue;
    void api
      .availability({ sourceLanguage: source, targetLanguage: target })
      .then((availability) => {
        // Only a translator already on the device: no model download, nothing sent anywhere.
        if (availability !== 'available') return;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'translate';
        button.textContent = 'Translate';
        button.addEventListener('click', () => void translate(api, quote, source, button));
        quote.after(button);
      })
      .catch(() => undefined);
  }
}

async function translate(api: TranslatorApi, quote: HTMLElement, source: string, button: HTMLButtonElement) {
  button.disabled = true;
  button.textContent = 'Translating…';
  try {
    const key = `${source}>${target}`;
    if (!translators.has(key)) translators.set(key, api.create({ sourceLanguage: source, targetLanguage: target }));
    const translator = await (translators.get(key) as Promise<TranslatorInstance>);
    const output = document.createElement('p');
    output.className = 'translation';
    output.lang = target;
    output.textContent = await translator.translate(quote.textContent ?? '');
    button.replaceWith(output);
  } catch {
    button.disabled = false;
    button.textContent = 'Translation unavailable';
  }
}
