/**
 * Search every language at once. The build writes one Pagefind bundle per language
 * (`/pagefind/<lang>/`, listed in `/pagefind/languages.json`); each bundle is loaded as its own
 * module, so a query is stemmed by each language's own stemmer, and the results are merged by score.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string) => Promise<{ results: PagefindResult[] } | null>;
}

interface LanguageBundle {
  lang: string;
  pagefind: PagefindModule;
}

/** Most results shown for one query. */
const maximumResults = 30;

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-input');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

let bundles: Promise<LanguageBundle[]> | undefined;
let latestQuery = 0;

if (form && input && status && list) {
  form.hidden = false;
  document.querySelector('#search-noscript')?.remove();
  const run = () => void search(input.value, input, status, list);
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run();
  }
}

function loadBundles(): Promise<LanguageBundle[]> {
  bundles ??= (async () => {
    const response = await fetch(`${base}pagefind/languages.json`);
    if (!response.ok) throw new Error(`languages.json: HTTP ${response.status}`);
    const manifest = (await response.json()) as { languages: { lang: string; bundle: string }[] };
    return Promise.all(
      manifest.languages.map(async ({ lang, bundle }) => {
        const pagefind = (await import(/* @vite-ignore */ `${base}${bundle}pagefind.js`)) as PagefindModule;
        // Search on the page's own thread: one worker per language would not pay for itself.
        await pagefind.options({ noWorker: true });
        return { lang, pagefind };
      }),
    );
  })();
  return bundles;
}

async function search(raw: string, input: HTMLInputElement, status: HTMLElement, list: HTMLOListElement) {
  const query = raw.trim();
  const ticket = ++latestQuery;
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);

  if (!query) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  input.setAttribute('aria-busy', 'true');
  try {
    const loaded = await loadBundles();
    const perLanguage = await Promise.all(
      loaded.map(async ({ lang, pagefind }) =>
        ((await pagefind.search(query))?.results ?? []).map((result) => ({ lang, result })),
      ),
    );
    const ranked = perLanguage.flat().sort((a, b) => b.result.score - a.result.score);
    const shown = await Promise.all(
      ranked.slice(0, maximumResults).map(async ({ lang, result }) => ({ lang, data: await result.data() })),
    );
    if (ticket !== latestQuery) return;
    list.replaceChildren(...shown.map(({ lang, data }) => renderResult(lang, data)));
    status.textContent =
      ranked.length === 0
        ? `No results for “${query}”.`
        : `${ranked.length} ${ranked.length === 1 ? 'result' : 'results'} for “${query}”` +
          (ranked.length > shown.length ? `, showing the first ${shown.length}.` : '.');
  } catch (error) {
    if (ticket !== latestQuery) return;
    status.textContent = 'Search is unavailable: the search index could not be loaded.';
    console.error(error);
  } finally {
    if (ticket === latestQuery) input.removeAttribute('aria-busy');
  }
}

function renderResult(lang: string, data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.lang = lang;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const language = document.createElement('span');
  language.className = 'tag';
  language.textContent = languageNames.of(lang) ?? lang;
  const excerpt = document.createElement('p');
  excerpt.lang = lang;
  excerpt.append(...excerptToNodes(data.excerpt));
  item.append(heading, language, excerpt);
  return item;
}

/**
 * Pagefind's excerpt is escaped text with `<mark>` around the matched words; rebuild it from
 * text nodes and fresh `mark` elements so nothing else in it can become markup.
 */
function excerptToNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}
