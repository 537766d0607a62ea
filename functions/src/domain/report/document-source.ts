import type { DocumentType, PublishedDocument } from '@sunshine/shared';
import type { ContentStore } from '../../ports/content-store';
import type { DocumentForReport, ReportDocumentSource } from '../../ports/report-sources';

/** Reads of the published item at once: a few hundred documents in a handful of rounds. */
const PARALLEL_READS = 16;

/** 文件类型, read from a document saved before it existed as 其他文件 (not counted). */
const documentTypeOf = (document: PublishedDocument): DocumentType =>
  (document as PublishedDocument & { documentType?: DocumentType }).documentType ?? 'other';
const repealedOnOf = (document: PublishedDocument): string | undefined =>
  (document as PublishedDocument & { repealedOn?: string }).repealedOn;

/**
 * Section 2's documents from the public library (pattern 121): the published documents page by
 * page (pattern 1), then each one's public copy (pattern 3a) for its 文件类型 and dates, which the
 * cards do not carry. A staff read, a few times a year: no index of its own is worth keeping.
 */
export function contentDocumentSource(
  store: Pick<ContentStore, 'listPublished' | 'publishedItem'>,
): ReportDocumentSource {
  return {
    async listCountedDocuments() {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.listPublished({ kind: 'document', cursor, limit: 50 });
        ids.push(...page.items.map((card) => card.id));
        cursor = page.nextCursor;
      } while (cursor);
      const counted: DocumentForReport[] = [];
      for (let start = 0; start < ids.length; start += PARALLEL_READS) {
        const items = await Promise.all(
          ids.slice(start, start + PARALLEL_READS).map((id) => store.publishedItem(id)),
        );
        for (const item of items) {
          if (!item || item.withdrawal || item.kind !== 'document') continue;
          const documentType = documentTypeOf(item);
          if (documentType === 'other') continue;
          const repealedOn = repealedOnOf(item);
          counted.push({
            id: item.id,
            title: item.title,
            documentType,
            madeOn: item.issuedAt,
            ...(repealedOn && { repealedOn }),
            validity: item.validity,
          });
        }
      }
      return counted;
    },
  };
}
