import { publicConcernDeps } from '../../wiring/concerns';
import { openConcernBanners } from '../../domain/concerns/concerns';
import { publicRoute } from '../public-route';

export const handler = publicRoute('listOpenConcerns', () =>
  openConcernBanners(publicConcernDeps()),
);
