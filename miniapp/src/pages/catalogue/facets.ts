import {
  CATEGORY_LABELS,
  CONTENT_KINDS,
  DISCLOSURE_CATEGORIES,
  OFFICE_LABELS,
  OFFICES,
  TOPIC_LABELS,
  TOPICS,
  type CatalogueFacet,
  type ContentKind,
} from '@sunshine/shared';

/** The three ways to browse, each with its values in the order residents see them. */
export const FACETS: Record<CatalogueFacet, { label: string; values: readonly string[]; labels: Record<string, string> }> = {
  category: { label: '按类别', values: DISCLOSURE_CATEGORIES, labels: CATEGORY_LABELS },
  office: { label: '按科室', values: OFFICES, labels: OFFICE_LABELS },
  topic: { label: '按主题', values: TOPICS, labels: TOPIC_LABELS },
};

export interface CatalogueChoice {
  kind: ContentKind;
  facet: CatalogueFacet;
  value?: string;
}

/** What a link asked for (`?kind=document&office=traffic`), ignoring anything unknown. */
export function choiceFromParams(params: Record<string, string | undefined>): CatalogueChoice {
  const kind = CONTENT_KINDS.find((k) => k === params.kind) ?? 'interpretation';
  for (const facet of Object.keys(FACETS) as CatalogueFacet[]) {
    const value = params[facet];
    if (value && FACETS[facet].values.includes(value)) return { kind, facet, value };
  }
  return { kind, facet: defaultFacet(kind) };
}

/** Guides are all 服务公开: residents look for them by topic (户政, 出入境, 交通…). */
export const defaultFacet = (kind: ContentKind): CatalogueFacet => (kind === 'guide' ? 'topic' : 'category');

export function catalogueUrl(choice: Partial<CatalogueChoice> = {}): string {
  const query = [choice.kind && `kind=${choice.kind}`, choice.facet && choice.value && `${choice.facet}=${choice.value}`].filter(Boolean).join('&');
  return query ? `/pages/catalogue/index?${query}` : '/pages/catalogue/index';
}
