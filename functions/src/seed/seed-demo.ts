import { ContentDraftSchema, validate, type PublishedContent } from '@sunshine/shared';
import { auditEntry } from '../domain/audit/entry';
import { countedGroundOf } from '../domain/negative-list/counted-ground';
import { actorRef, SYSTEM_ACTOR } from '../domain/identity/actor';
import type { WorkflowDeps } from '../domain/workflow/deps';
import { StaleWriteError } from '../ports/stale-write';
import type { WorkflowItem } from '../ports/workflow-store';
import { demoConsultations } from './demo-consultations';
import { DEMO_DOCUMENTS } from './demo-documents';
import { DEMO_GUIDES } from './demo-guides';
import { DEMO_INTERPRETATIONS } from './demo-interpretations';
import { DEMO_NOTICES, DEMO_QA } from './demo-qa-notices';

/** Documents, then guides (which rest on documents): the interpretations and Q&A after link to both. */
export const DEMO_CONTENT: PublishedContent[] = [
  ...DEMO_DOCUMENTS,
  ...DEMO_GUIDES,
  ...DEMO_INTERPRETATIONS,
  ...DEMO_QA,
  ...DEMO_NOTICES,
  ...demoConsultations(new Date()),
];

/**
 * Publish the demo items that are not there yet, through the same store path as a reviewer's
 * publish (so a not-disclosed demo document is kept from residents by the same rule), as version 1
 * by the system; staff can then edit them like any item. Refuses any item that breaks the schema.
 */
export async function seedDemoContent(deps: WorkflowDeps, items = DEMO_CONTENT) {
  let written = 0;
  for (const content of items) {
    const { id, publishedAt, updatedAt, demo, ...draft } = content;
    const checked = validate(ContentDraftSchema, draft);
    if (!checked.ok)
      throw new Error(`demo item ${id} is invalid: ${JSON.stringify(checked.issues)}`);
    const system = actorRef(SYSTEM_ACTOR);
    // A withheld demo document counts in the negative list as a reviewer's publication would.
    const countedGround = countedGroundOf(checked.value);
    const item: WorkflowItem = {
      id,
      status: 'published',
      draft: checked.value,
      editors: [],
      owner: system,
      createdAt: publishedAt,
      updatedAt,
      publishedVersion: 1,
      publishedAt,
      ...(countedGround && { countedGround }),
      rev: 1,
    };
    const audit = auditEntry(
      deps,
      SYSTEM_ACTOR,
      'content.publish',
      { itemType: content.kind, itemId: id },
      `导入演示内容「${content.title}」`,
    );
    try {
      await deps.workflow.publish(
        item,
        { version: 1, publishedAt, publishedBy: system, content: { ...content, ...checked.value } },
        audit,
        undefined,
        undefined,
        { withholding: { to: countedGround } },
      );
      written++;
    } catch (error) {
      // Already seeded (perhaps edited by staff since): left as it is.
      if (!(error instanceof StaleWriteError)) throw error;
    }
  }
  return { written, existing: items.length - written };
}
