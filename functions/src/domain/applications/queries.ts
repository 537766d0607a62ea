import type { MyApplicationView, StaffApplicationView } from '@sunshine/shared';
import { NotFoundError } from '../../commons/errors';
import type { Actor } from '../identity/actor';
import type { ApplicationDeps } from './deps';
import { myApplicationView, staffApplicationView } from './views';

export async function listMyApplications(
  deps: Pick<ApplicationDeps, 'applications'>,
  actor: Actor,
): Promise<MyApplicationView[]> {
  return (await deps.applications.listMine(actor.userId, 50)).map(myApplicationView);
}

/** Open cases: running ones by due date, then those waiting for a correction or a third party. */
export async function listApplicationQueue(
  deps: Pick<ApplicationDeps, 'applications'>,
): Promise<StaffApplicationView[]> {
  return (await deps.applications.listQueue(200)).map(staffApplicationView);
}

export async function getApplication(
  deps: Pick<ApplicationDeps, 'applications'>,
  id: string,
): Promise<StaffApplicationView> {
  const application = await deps.applications.get(id);
  if (!application) throw new NotFoundError('该申请不存在');
  return staffApplicationView(application);
}
