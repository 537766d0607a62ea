import { isPubliclyDisclosed, type ContentDraft, type WithholdingGround } from '@sunshine/shared';

/**
 * What the negative list counts: a document of the library (published, not withdrawn) whose
 * published version is withheld from residents (依申请公开 or 不予公开), under the ground it names.
 * Drafts never published count nowhere: the list describes the library, not work in progress.
 */
export function countedGroundOf(draft: ContentDraft): WithholdingGround | undefined {
  if (draft.kind !== 'document' || isPubliclyDisclosed(draft)) return undefined;
  return draft.withholding?.ground;
}
