import { pathParam } from '../../commons/http';
import { workflowWithReportDeps } from '../../wiring/report';
import { submitForReview } from '../../domain/workflow/edit-draft';
import { route } from '../route';

// An annual report takes its figures here (wiring/report.ts): what is reviewed is what is published.
export const handler = route('submitForReview', ({ event, actor }) =>
  submitForReview(workflowWithReportDeps(), actor, pathParam(event, 'id')),
);
