import type { CaseKind, ServiceFigure } from '@sunshine/shared';
import { call } from './request';

/** 服务质量: a year's figures, or one month's. */
export interface ServiceLevelSelection {
  year: number;
  month?: string;
}

const levelQuery = ({ year, month }: ServiceLevelSelection) => ({ year: String(year), month });

export const getServiceLevels = (selection: ServiceLevelSelection) =>
  call('getServiceLevels', { query: levelQuery(selection) });

/** The cases behind one figure. */
export const listServiceLevelCases = (
  selection: ServiceLevelSelection & { office?: string; kind: CaseKind; figure: ServiceFigure },
) =>
  call('listServiceLevelCases', {
    query: {
      ...levelQuery(selection),
      office: selection.office,
      kind: selection.kind,
      figure: selection.figure,
    },
  });

/** The figures as a CSV file (one row per month × office × kind) behind a short-lived link. */
export const exportServiceLevels = (selection: ServiceLevelSelection) =>
  call('exportServiceLevels', { query: levelQuery(selection) });
