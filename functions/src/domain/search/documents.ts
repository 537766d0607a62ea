import {
  indexNumberSearchKeys,
  narrativeText,
  SECTION_KEYS,
  type PublishedContent,
} from '@sunshine/shared';
import type { SearchDocument } from '../../ports/search';

/**
 * Each published item becomes one search document; an interpretation also gives one for each of
 * its Q&A pairs, so a resident's question finds the answer itself.
 */
export function searchDocuments(item: PublishedContent): SearchDocument[] {
  const base = {
    key: item.id,
    type: item.kind,
    id: item.id,
    category: item.category,
    title: item.title,
    // The 目录 names items by number: typed as printed, it must find the item, not similar text.
    ...(item.indexNumber && { exact: indexNumberSearchKeys(item.indexNumber) }),
  };
  switch (item.kind) {
    case 'document':
      return [{ ...base, lead: `${item.summary}\n${item.number ?? ''}`, body: item.body }];
    case 'qa':
      return [{ ...base, lead: item.tags.join(' '), body: item.answer }];
    case 'notice':
      return [{ ...base, lead: '', body: item.body }];
    case 'consultation':
      return [{ ...base, lead: item.summary, body: `${item.basis}\n${item.body}` }];
    case 'annual_report':
      // Found by its year as residents type it (「2026年 年报」) and by what its narrative says.
      return [
        {
          ...base,
          lead: `${item.year}年 年度报告 年报`,
          body: narrativeText(item.inputs.narrative),
        },
      ];
    case 'guide':
      // What residents ask about a service: its short version, what to bring, how, and the FAQ.
      return [
        {
          ...base,
          lead: `${item.short}\n${item.code}`,
          body: [
            item.eligibility,
            ...item.materials.map((m) => m.name),
            ...item.steps.map((step) => `${step.name} ${step.description}`),
            ...item.faq.map((pair) => `${pair.question} ${pair.answer}`),
          ].join('\n'),
        },
      ];
    case 'interpretation': {
      const pairs = item.qa.map((pair, qaIndex): SearchDocument => ({
        key: `${item.id}#${qaIndex}`,
        type: 'qa',
        id: item.id,
        qaIndex,
        category: item.category,
        title: pair.question,
        lead: item.title,
        body: pair.answer,
      }));
      return [
        {
          ...base,
          lead: `${item.summary}\n${item.document.title}`,
          body: SECTION_KEYS.map((key) => item.sections[key]).join('\n'),
        },
        ...pairs,
      ];
    }
  }
}
