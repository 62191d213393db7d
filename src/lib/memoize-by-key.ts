/**
 * Wrap a function of one string key (a language tag, mostly) so that its result is built once
 * per key: compiled patterns and name tables are costly to make and the same for every article.
 *
 * @example
 *   const patternsOf = memoizeByKey((lang) => compile(lang));
 *   patternsOf('el') === patternsOf('el') // true
 */
export function memoizeByKey<T>(build: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, build(key));
    return cache.get(key) as T;
  };
}
