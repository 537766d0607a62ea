import {
  CATEGORY_LABELS,
  CONTENT_KINDS,
  DISCLOSURE_CATEGORIES,
  OFFICE_ID_PATTERN,
  profileOffices,
  BUILT_IN_TOPICS,
  isCustomTopic,
  TOPICS,
  type CatalogueFacet,
  type ContentKind,
  type TopicView,
  type OfficeOption,
} from '@sunshine/shared';

type FacetOptions = { label: string; values: readonly string[]; labels: Record<string, string> };

const topicOptions = (topics: readonly TopicView[]): FacetOptions => ({
  label: '按主题',
  values: topics.map((topic) => topic.key),
  labels: Object.fromEntries(topics.map((topic) => [topic.key, topic.label])),
});

/**
 * The three ways to browse, each with its values in the order residents see them (topics and the
 * bureau's offices as known now).
 */
export function facets(
  topics: readonly TopicView[] = BUILT_IN_TOPICS,
  offices: readonly OfficeOption[] = profileOffices(undefined),
): Record<CatalogueFacet, FacetOptions> {
  return {
    category: { label: '按类别', values: DISCLOSURE_CATEGORIES, labels: CATEGORY_LABELS },
    office: {
      label: '按科室',
      values: offices.map((office) => office.id),
      labels: Object.fromEntries(offices.map((office) => [office.id, office.name])),
    },
    topic: topicOptions(topics),
  };
}

export const FACET_NAMES: CatalogueFacet[] = ['category', 'office', 'topic'];

/**
 * A value a link may carry for a facet: a listed category, a topic (built-in or the key of one
 * staff added), or an office by its id's form (the bureau's offices may not have arrived yet).
 */
const acceptable = (facet: CatalogueFacet, value: string) =>
  facet === 'topic'
    ? (TOPICS as readonly string[]).includes(value) || isCustomTopic(value)
    : facet === 'office'
      ? OFFICE_ID_PATTERN.test(value)
      : facets().category.values.includes(value);

export interface CatalogueChoice {
  kind: ContentKind;
  facet: CatalogueFacet;
  value?: string;
}

/** What a link asked for (`?kind=document&office=traffic`), ignoring anything unknown. */
export function choiceFromParams(params: Record<string, string | undefined>): CatalogueChoice {
  const kind = CONTENT_KINDS.find((k) => k === params.kind) ?? 'interpretation';
  for (const facet of FACET_NAMES) {
    const value = params[facet];
    if (value && acceptable(facet, value)) return { kind, facet, value };
  }
  return { kind, facet: defaultFacet(kind) };
}

/** Guides are all 服务公开: residents look for them by topic (户政, 出入境, 交通…). */
export const defaultFacet = (kind: ContentKind): CatalogueFacet =>
  kind === 'guide' ? 'topic' : 'category';
