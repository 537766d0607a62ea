import { pathParam } from '../../commons/http';
import { interpretationStore } from '../../container';
import { getPublishedInterpretation } from '../../domain/interpretations/get-published';
import { publicRoute } from '../public-route';

export const handler = publicRoute('getInterpretation', ({ event }) => getPublishedInterpretation(interpretationStore(), pathParam(event, 'id')));
