import { getCollection } from 'astro:content';
import type { EventPage } from './build-event-page.ts';
import { buildEventPage } from './build-event-page.ts';
import { allNotes } from './notes-collection.ts';

/** Every event with what its page shows, the articles they are built from, and the editors' notes. */
export async function loadEventPages() {
  const events = (await getCollection('events')).map((entry) => entry.data);
  const articles = (await getCollection('articles')).map((entry) => entry.data);
  const notes = await allNotes();
  const titles = new Map(events.map((event) => [event.id, event.title]));
  const pages = events.map((event): { event: (typeof events)[number]; page: EventPage } => ({
    event,
    page: buildEventPage(event, articles, titles),
  }));
  return { pages, articles, notes };
}
