import { httpHandler, pathParam } from '../../commons/http';
import { interpretationStore } from '../../container';
import { getPublishedInterpretation } from '../../domain/interpretations/get-published';

/** GET /v1/interpretations/{id} */
export const handler = httpHandler((event) => getPublishedInterpretation(interpretationStore(), pathParam(event, 'id')));
