import { bureauStore } from '../../wiring/bureau';
import { getBureau } from '../../domain/bureau/bureau-profile';
import { publicRoute } from '../public-route';

export const handler = publicRoute('getBureau', () => getBureau(bureauStore()));
