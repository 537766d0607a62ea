import { templateIds } from '../config';
import { officeListOf } from '../domain/bureau/offices';
import type { ConcernDeps, PublicConcernDeps } from '../domain/concerns/deps';
import type { ReminderDeps } from '../domain/concerns/reminders';
import { auditDeps, clock } from './base';
import { concernStore } from './concern-store';
import { bureauStore } from './bureau';
import { publicCache } from './content';
import { staffStore } from './identity';
import { releaseStore } from './notifications';
import { notifyDeps } from './notify';

export const concernDeps = (): ConcernDeps => ({
  ...auditDeps(),
  concerns: concernStore(),
  staff: staffStore(),
  offices: officeListOf(bureauStore()),
  publicCache: publicCache(),
});
export const publicConcernDeps = (): PublicConcernDeps => ({ concerns: concernStore(), clock });
export const reminderDeps = (): ReminderDeps => ({
  concerns: concernStore(),
  releases: releaseStore(),
  templates: templateIds(),
  clock,
  kickReleases: notifyDeps().kickReleases,
});
