import { listDatasets } from '../../domain/open-data/datasets';
import { publicRoute } from '../public-route';

export const handler = publicRoute('listOpenData', async () => listDatasets());
