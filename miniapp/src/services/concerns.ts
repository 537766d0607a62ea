import type {
  CloseConcernInput,
  OpenConcernBanner,
  OpenConcernInput,
  PressConferenceInput,
  ReassignConcernInput,
} from '@sunshine/shared';
import { call } from './request';

/**
 * How long the open major concerns are kept in memory. Home, the catalogue and search all show
 * the banner: moving between them within a minute reuses one answer, and a concern that closes
 * leaves the banner within a minute (the CDN's copy is invalidated on open and close).
 */
export const OPEN_CONCERNS_TTL_MS = 60_000;

let openConcerns: { at: number; answer: Promise<OpenConcernBanner[]> } | undefined;

/** The open major concerns (重大关切) for the banner: one request a minute at most, shared by every page. */
export function listOpenMajorConcerns(now = Date.now()): Promise<OpenConcernBanner[]> {
  if (openConcerns && now - openConcerns.at < OPEN_CONCERNS_TTL_MS) return openConcerns.answer;
  const answer = call('listOpenConcerns').catch((error: unknown) => {
    // A failure is not kept: the next page asks again.
    if (openConcerns?.answer === answer) openConcerns = undefined;
    throw error;
  });
  openConcerns = { at: now, answer };
  return answer;
}
/** Tests start each case from nothing. */
export const forgetOpenConcerns = () => void (openConcerns = undefined);

// Residents: a concern's public thread.
export const getPublicConcern = (id: string) => call('getConcern', { params: { id } });

// Staff: 回应关切.
export const listStaffConcerns = (status: 'open' | 'closed', cursor?: string) =>
  call('listConcerns', { query: { status, cursor } });
export const getStaffConcern = (id: string) => call('getStaffConcern', { params: { id } });
export const openConcern = (input: OpenConcernInput) => call('openConcern', { body: input });
export const recordPressConference = (id: string, input: PressConferenceInput) =>
  call('recordPressConference', { params: { id }, body: input });
export const reassignConcern = (id: string, input: ReassignConcernInput) =>
  call('reassignConcern', { params: { id }, body: input });
/** 承办人: the active responders and reviewers, by name. */
export const listAssignableStaff = () => call('listAssignableStaff');
export const closeConcern = (id: string, input: CloseConcernInput) =>
  call('closeConcern', { params: { id }, body: input });

/** The open concerns a draft may answer (the editor's 关联关切): editors read them all. */
export async function listConcernChoices(): Promise<Array<{ id: string; title: string }>> {
  return (await listStaffConcerns('open')).items;
}
