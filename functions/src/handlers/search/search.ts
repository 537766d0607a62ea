import { SearchQuerySchema } from '@sunshine/shared';
import { parseQuery } from '../../commons/http';
import { searchIndex } from '../../wiring/search';
import { searchContent } from '../../domain/search/search-content';
import { publicRoute } from '../public-route';

export const handler = publicRoute('search', ({ event }) =>
  searchContent(searchIndex(), parseQuery(SearchQuerySchema, event)),
);
