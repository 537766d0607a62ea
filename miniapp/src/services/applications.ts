import type { ApplyInput, CorrectionInput } from '@sunshine/shared';
import { call } from './request';

// Disclosure applications (依申请公开): a resident's side.
export const submitApplication = (input: ApplyInput) => call('submitApplication', { body: input });
export const listMyApplications = () => call('listMyApplications');
export const correctApplication = (id: string, input: CorrectionInput) =>
  call('correctApplication', { params: { id }, body: input });
