import type { ContentKind } from '@sunshine/shared';

const CATALOGUE = 'title|category|office|topic';

/** The fields each kind's form shows a problem under; anything else is listed above the buttons. */
const PLACED_FIELDS: Record<ContentKind, RegExp> = {
  document: new RegExp(`^(${CATALOGUE}|summary|number|issuedAt|effectiveAt|validity|disclosure|body|attachments(\\.\\d+\\.(name|url))?)$`),
  interpretation: new RegExp(`^(${CATALOGUE}|summary|format|documentId|document\\.(title|number|issuer|issuedAt)|sections\\.\\w+|qa(\\.\\d+\\.(question|answer))?|media(\\.\\d+\\.(alt|title|url))?)$`),
  qa: new RegExp(`^(${CATALOGUE}|answer|tags(\\.\\d+)?|documentIds(\\.\\d+)?)$`),
  notice: new RegExp(`^(${CATALOGUE}|body|urgent)$`),
};

export const isPlaced = (kind: ContentKind, field: string): boolean => PLACED_FIELDS[kind].test(field);
