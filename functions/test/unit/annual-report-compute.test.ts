import {
  AnnualReportTablesSchema,
  APPLICANT_CATEGORIES,
  emptyStaffInputs,
  OUTCOMES,
  validate,
} from '@sunshine/shared';
import { assembleTables, computeReport } from '../../src/domain/report/compute';
import type { ApplicationForReport, DocumentForReport } from '../../src/ports/report-sources';

const application = (
  id: string,
  receivedOn: string,
  ended?: Pick<ApplicationForReport, 'endedOn' | 'outcome'>,
  applicantCategory: ApplicationForReport['applicantCategory'] = 'natural_person',
): ApplicationForReport => ({ id, receivedOn, applicantCategory, ...ended });

const document = (
  id: string,
  documentType: DocumentForReport['documentType'],
  madeOn?: string,
  repealedOn?: string,
): DocumentForReport => ({
  id,
  title: `文件 ${id}`,
  documentType,
  ...(madeOn && { madeOn }),
  ...(repealedOn && { repealedOn }),
  validity: repealedOn ? 'repealed' : 'in_force',
});

const categoryOf = (index: number) =>
  APPLICANT_CATEGORIES[index % APPLICANT_CATEGORIES.length] ?? 'natural_person';

describe('computing section 3', () => {
  it('counts an application of each of the 21 outcome rows once, in its row and column', () => {
    const applications = OUTCOMES.map((outcome, index) =>
      application(
        `a-${outcome}`,
        '2026-03-01',
        { endedOn: '2026-04-01', outcome },
        categoryOf(index),
      ),
    );

    const { tables, evidence } = computeReport(2026, applications, [], []);

    OUTCOMES.forEach((outcome, index) => {
      const category = categoryOf(index);
      expect(tables.applications[outcome]).toEqual({
        natural_person: 0,
        commercial: 0,
        research: 0,
        public_interest: 0,
        legal_service: 0,
        other_organization: 0,
        [category]: 1,
        total: 1,
      });
      expect(evidence[`applications.${outcome}.${category}`]).toEqual([`a-${outcome}`]);
    });
    expect(tables.applications.received.total).toBe(OUTCOMES.length);
    expect(tables.applications.outcome_total.total).toBe(OUTCOMES.length);
    expect(tables.applications.carried_out.total).toBe(0);
    expect(evidence['applications.outcome_total.total']).toHaveLength(OUTCOMES.length);
  });

  it('carries an application received 2026-12-30 and answered 2027-01-10 into 2027', () => {
    const records = [
      application('late-december', '2026-12-30', { endedOn: '2027-01-10', outcome: 'disclosed' }),
    ];

    const in2026 = computeReport(2026, records, [], []).tables.applications;
    const in2027 = computeReport(2027, records, [], []).tables.applications;

    expect(in2026.received.total).toBe(1);
    expect(in2026.carried_out.total).toBe(1);
    expect(in2026.disclosed.total).toBe(0);
    expect(in2026.outcome_total.total).toBe(0);
    expect(in2027.received.total).toBe(0);
    expect(in2027.carried_in.total).toBe(1);
    expect(in2027.disclosed.natural_person).toBe(1);
    expect(in2027.carried_out.total).toBe(0);
  });

  it('counts one ended on 31 December in the year and one ended on 1 January as carried over', () => {
    const records = [
      application('on-31', '2026-06-01', { endedOn: '2026-12-31', outcome: 'partly_disclosed' }),
      application('on-1', '2026-06-01', { endedOn: '2027-01-01', outcome: 'disclosed' }),
      application('open', '2025-11-20', undefined, 'legal_service'),
    ];

    const figures = computeReport(2026, records, [], []).tables.applications;

    expect(figures.partly_disclosed.total).toBe(1);
    expect(figures.carried_out.natural_person).toBe(1);
    expect(figures.carried_in.legal_service).toBe(1);
    expect(figures.carried_out.legal_service).toBe(1);
    expect(figures.carried_out.total).toBe(2);
  });

  it('counts nowhere what ended before the year or was received after it', () => {
    const records = [
      application('ended-before', '2025-05-01', { endedOn: '2025-12-31', outcome: 'disclosed' }),
      application('next-year', '2027-01-02'),
    ];

    const { tables, evidence } = computeReport(2026, records, [], []);

    expect(tables.applications.received.total).toBe(0);
    expect(tables.applications.carried_in.total).toBe(0);
    expect(tables.applications.carried_out.total).toBe(0);
    expect(evidence).toEqual({});
  });

  it('gives tables whose totals pass every check of the format', () => {
    const records = [
      application('a', '2025-12-01', undefined, 'research'),
      application('b', '2026-01-05', { endedOn: '2026-01-20', outcome: 'withheld_third_party' }),
      application(
        'c',
        '2026-02-05',
        { endedOn: '2026-03-01', outcome: 'other_unpaid_fee' },
        'commercial',
      ),
      application('d', '2026-12-20', undefined, 'public_interest'),
      application('e', '2025-12-10', { endedOn: '2026-01-04', outcome: 'unavailable_not_held' }),
    ];
    const computed = computeReport(2026, records, [], []);

    const tables = assembleTables(computed.tables, emptyStaffInputs());

    expect(validate(AnnualReportTablesSchema, tables)).toMatchObject({ ok: true });
    expect(tables.applications.received.total).toBe(3);
    expect(tables.applications.carried_in.total).toBe(2);
    expect(tables.applications.outcome_total.total).toBe(3);
    expect(tables.applications.carried_out.total).toBe(2);
  });
});

describe('computing section 2 (规章, 行政规范性文件)', () => {
  it('counts made and repealed in the year, and in force on 31 December', () => {
    const documents = [
      document('n-made', 'normative', '2026-03-01'),
      document('n-old', 'normative', '2020-03-01'),
      document('n-repealed', 'normative', '2019-03-01', '2026-08-01'),
      document('n-repealed-later', 'normative', '2019-03-01', '2027-02-01'),
      document('n-next-year', 'normative', '2027-01-05'),
      document('r-made', 'regulation', '2026-12-31'),
      document('other', 'other', '2026-03-01'),
    ];

    const { tables, evidence } = computeReport(2026, [], documents, []);

    expect(tables.rules).toEqual({
      regulation: { made: 1, repealed: 0, in_force: 1 },
      normative: { made: 1, repealed: 1, in_force: 3 },
    });
    expect(evidence['rules.normative.in_force']).toEqual(['n-made', 'n-old', 'n-repealed-later']);
    expect(evidence['rules.normative.repealed']).toEqual(['n-repealed']);
  });
});

describe('late publications', () => {
  it('counts those first published in the year', () => {
    const late = [
      { id: 'x', title: 'X', madeOn: '2026-01-02', publishedOn: '2026-03-01' },
      { id: 'y', title: 'Y', madeOn: '2025-11-02', publishedOn: '2025-12-30' },
    ];

    const report = computeReport(2026, [], [], late);

    expect(report.latePublications).toBe(1);
    expect(report.evidence.late_publications).toEqual(['x']);
  });
});

describe('fees charged (section 6)', () => {
  it('counts the fees paid in the year and their sum in 元', () => {
    const records: ApplicationForReport[] = [
      {
        ...application('paid', '2026-03-01', { endedOn: '2026-04-01', outcome: 'disclosed' }),
        feePaid: { amount: 1700, paidOn: '2026-03-10' },
      },
      {
        ...application('paid-2', '2025-12-01', { endedOn: '2026-01-20', outcome: 'disclosed' }),
        feePaid: { amount: 200, paidOn: '2026-01-05' },
      },
      {
        ...application('paid-before', '2025-11-01', {
          endedOn: '2026-01-10',
          outcome: 'disclosed',
        }),
        feePaid: { amount: 100, paidOn: '2025-12-20' },
      },
    ];

    const report = computeReport(2026, records, [], []);

    expect(report.feesCharged).toEqual({ count: 2, amount: 1900 });
    expect(report.evidence.fees_charged).toEqual(['paid', 'paid-2']);
  });
});
