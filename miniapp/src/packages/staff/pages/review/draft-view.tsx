import type { InterpretationDraft } from '@sunshine/shared';
import { InterpretationBody } from '../../../../components/interpretation-body';

/** The draft exactly as residents would read it once published, every answer open, for review. */
export function DraftView({ draft }: { draft: InterpretationDraft }) {
  return <InterpretationBody content={draft} answersOpen />;
}
