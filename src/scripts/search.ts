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

/** Pagefind filters: for each filter, the values that must match (any of them). */
type Filters = Record<string, { any: string[] }>;

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: { filters: Filters }) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** The filters offered, in this order, with their labels. */
const filterLabels: Record<string, string> = {
  language: 'Language',
  event: 'Event',
  outlet: 'Outlet',
  claims: 'Claims it states',
};

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
const filterBox = document.querySelector<HTMLElement>('#search-filters');
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
  filterBox?.addEventListener('change', run);
  if (filterBox) void showFilters(filterBox);
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run();
  }
}

/** Offer each filter's values, merged over every language's bundle, as checkboxes. */
async function showFilters(box: HTMLElement): Promise<void> {
  const counts: Record<string, Map<string, number>> = {};
  for (const { pagefind } of await loadBundles().catch(() => [])) {
    for (const [name, values] of Object.entries(await pagefind.filters())) {
      counts[name] ??= new Map();
      for (const [value, count] of Object.entries(values))
        counts[name].set(value, (counts[name].get(value) ?? 0) + count);
    }
  }
  box.replaceChildren(
    ...Object.keys(filterLabels)
      .filter((name) => counts[name]?.size)
      .map((name) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = filterLabels[name] ?? name;
        fieldset.append(legend);
        for (const [value, count] of [...(counts[name] ?? [])].sort((a, b) => a[0].localeCompare(b[0]))) {
          const label = document.createElement('label');
          const checkbox = document.createElement('input');
          checkbox.type = 'checkbox';
          checkbox.name = name;
          checkbox.value = value;
          label.append(checkbox, ` ${value} (${count})`);
          fieldset.append(label);
        }
        return fieldset;
      }),
  );
}

/** The filters the reader ticked. */
function chosenFilters(): Filters {
  const filters: Filters = {};
  for (const box of filterBox?.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked') ?? []) {
    filters[box.name] ??= { any: [] };
    filters[box.name]?.any.push(box.value);
  }
  return filters;
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

  const filters = chosenFilters();
  const filtered = Object.keys(filters).length > 0;
  if (!query && !filtered) {
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
        ((await pagefind.search(query || null, { filters }))?.results ?? []).map((result) => ({ lang, result })),
      ),
    );
    const ranked = perLanguage.flat().sort((a, b) => b.result.score - a.result.score);
    const shown = await Promise.all(
      ranked.slice(0, maximumResults).map(async ({ lang, result }) => ({ lang, data: await result.data() })),
    );
    if (ticket !== latestQuery) return;
    list.replaceChildren(...shown.map(({ lang, data }) => renderResult(lang, data)));
    const what = query ? `for “${query}”` : 'for the chosen filters';
    status.textContent =
      ranked.length === 0
        ? `No results ${what}.`
        : `${ranked.length} ${ranked.length === 1 ? 'result' : 'results'} ${what}` +
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
