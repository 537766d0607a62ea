import { byRoute } from '../shared-function';
import { handler as getConcern } from './get-concern';
import { handler as listOpenConcerns } from './list-open-concerns';

/** The residents' concern reads, one function (contract: `function: 'concernsPublic'`). */
export const handler = byRoute({ listOpenConcerns, getConcern });
