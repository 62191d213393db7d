import { getCollection } from 'astro:content';
import type { EventPage } from './build-event-page.ts';
import { buildEventPage } from './build-event-page.ts';
import { allNotes } from './notes-collection.ts';

/**
 * Every event with what its page shows, the articles they are built from, and the editors' notes;
 * `stating` gives the articles that state a claim, in the collection's order. Articles are looked
 * up by id, so the cost grows with the corpus, not with its square.
 */
export async function loadEventPages() {
  const events = (await getCollection('events')).map((entry) => entry.data);
  const articles = (await getCollection('articles')).map((entry) => entry.data);
  const notes = await allNotes();
  const titles = new Map(events.map((event) => [event.id, event.title]));
  const byId = new Map(articles.map((article) => [article.id, article]));
  const order = new Map(articles.map((article, index) => [article.id, index]));
  const pages = events.map((event): { event: (typeof events)[number]; page: EventPage } => ({
    event,
    page: buildEventPage(event, byId, titles),
  }));
  const stating = (claim: { mentions: readonly { article: string }[] }) =>
    [...new Set(claim.mentions.map((mention) => mention.article))]
      .filter((id) => order.has(id))
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .flatMap((id) => byId.get(id) ?? []);
  return { pages, notes, stating };
}
