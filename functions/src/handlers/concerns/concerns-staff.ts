import { byRoute } from '../shared-function';
import { handler as closeConcern } from './close-concern';
import { handler as concernFigures } from './concern-figures';
import { handler as getStaffConcern } from './get-staff-concern';
import { handler as listAssignableStaff } from './list-assignable-staff';
import { handler as listConcerns } from './list-concerns';
import { handler as openConcern } from './open-concern';
import { handler as reassignConcern } from './reassign-concern';
import { handler as recordPressConference } from './record-press-conference';

/** The staff's concern routes, one function (contract: `function: 'concernsStaff'`). */
export const handler = byRoute({
  openConcern,
  listConcerns,
  concernFigures,
  getStaffConcern,
  recordPressConference,
  listAssignableStaff,
  reassignConcern,
  closeConcern,
});
