import { DISCLOSURE_CATEGORIES, OFFICES, TOPICS, type ContentDraft } from '@sunshine/shared';
import { control, pick, typeInto } from './interact';

/** Fill what every kind has: the title, and the category, office and topic picked by their place in the lists. */
export async function fillCatalogue(
  value: Pick<ContentDraft, 'title' | 'category' | 'office' | 'topic'>,
) {
  await typeInto(control('title'), value.title);
  pick(control('category'), DISCLOSURE_CATEGORIES.indexOf(value.category));
  pick(control('office'), (OFFICES as readonly string[]).indexOf(value.office));
  pick(control('topic'), (TOPICS as readonly string[]).indexOf(value.topic));
}
