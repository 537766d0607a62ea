import type { ApplyInput, CorrectionInput, MyApplicationView } from '@sunshine/shared';
import { call } from './request';

// Disclosure applications (依申请公开): a resident's side.
export const submitApplication = (input: ApplyInput) => call<MyApplicationView>('submitApplication', { body: input });
export const listMyApplications = () => call<MyApplicationView[]>('listMyApplications');
export const correctApplication = (id: string, input: CorrectionInput) => call<MyApplicationView>('correctApplication', { params: { id }, body: input });
