import type { DisclosureCategory, Interpretation, InterpretationSummary, Page } from '@sunshine/shared';
import { call } from './request';

export interface ListQuery {
  category?: DisclosureCategory;
  cursor?: string;
  limit?: number;
}

export function listInterpretations(query: ListQuery = {}): Promise<Page<InterpretationSummary>> {
  return call('listInterpretations', { query: { ...query } });
}

export function getInterpretation(id: string): Promise<Interpretation> {
  return call('getInterpretation', { params: { id } });
}
