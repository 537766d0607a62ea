import { negativeListStore } from '../../wiring/negative-list';
import { getStaffNegativeList } from '../../domain/negative-list/negative-list';
import { route } from '../route';

export const handler = route('getStaffNegativeList', () =>
  getStaffNegativeList(negativeListStore()),
);
