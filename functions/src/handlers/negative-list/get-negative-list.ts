import { negativeListStore } from '../../wiring/negative-list';
import { getNegativeList } from '../../domain/negative-list/negative-list';
import { publicRoute } from '../public-route';

export const handler = publicRoute('getNegativeList', () => getNegativeList(negativeListStore()));
