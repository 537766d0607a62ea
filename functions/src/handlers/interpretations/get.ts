import { pathParam } from '../../commons/http';
import { interpretationStore } from '../../container';
import { getPublishedInterpretation } from '../../domain/interpretations/get-published';
import { route } from '../route';

export const handler = route('getInterpretation', ({ event }) => getPublishedInterpretation(interpretationStore(), pathParam(event, 'id')));
