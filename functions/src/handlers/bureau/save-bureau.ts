import { BureauProfileInputSchema } from '@sunshine/shared';
import { parseBody } from '../../commons/http';
import { auditDeps } from '../../wiring/base';
import { bureauStore } from '../../wiring/bureau';
import { publicCache } from '../../wiring/content';
import { saveBureau } from '../../domain/bureau/bureau-profile';
import { route } from '../route';

export const handler = route('saveBureau', ({ event, actor }) =>
  saveBureau(
    { ...auditDeps(), bureau: bureauStore(), publicCache: publicCache() },
    actor,
    parseBody(BureauProfileInputSchema, event),
  ),
);
