import { listItemAuthors } from '../../domain/workflow/item-authors';
import { staffStore } from '../../wiring/identity';
import { route } from '../route';

export const handler = route('listItemAuthors', () => listItemAuthors({ staff: staffStore() }));
