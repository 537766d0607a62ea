import {
  chinaDate,
  ContentDraftSchema,
  isCalendarDate,
  documentTypeOf,
  madeOnOf,
  nextDay,
  SourceDocumentSchema,
  validate,
  WITHHOLDING_GROUND_RULES,
  type ContentDraft,
} from '../src';

const document = {
  kind: 'document',
  title: '户籍业务一窗通办实施办法',
  summary: '一窗通办。',
  category: 'service',
  office: 'population',
  topic: 'household',
  documentType: 'normative',
  issuedAt: '2025-03-01',
  validity: 'in_force',
  disclosure: 'proactive',
  body: '第一条',
};

const issuesOf = (input: unknown) => {
  const result = validate(ContentDraftSchema, input);
  return result.ok ? [] : result.issues;
};

describe('a document’s 文件类型', () => {
  test('is required, in Chinese, naming the field', () => {
    const { documentType, ...without } = document;

    expect(documentType).toBe('normative');
    expect(issuesOf(without)).toEqual([{ field: 'documentType', message: '此项为必填项' }]);
  });

  test('refuses a type outside 规章, 行政规范性文件 and 其他文件', () => {
    expect(issuesOf({ ...document, documentType: 'law' })).toEqual([
      { field: 'documentType', message: '请选择文件类型' },
    ]);
  });

  test('reads as 其他文件 on an item saved before documents had one', () => {
    expect(documentTypeOf({})).toBe('other');
    expect(documentTypeOf({ documentType: 'regulation' })).toBe('regulation');
  });
});

describe('a document’s 废止或失效日期 (repealedOn)', () => {
  test.each(['repealed', 'expired'])('is required when the validity is %s', (validity) => {
    expect(issuesOf({ ...document, validity })).toEqual([
      { field: 'repealedOn', message: '已废止或已失效的文件须填写废止或失效日期' },
    ]);
    expect(issuesOf({ ...document, validity, repealedOn: '2026-01-31' })).toEqual([]);
  });

  test.each(['in_force', 'amended'])('is refused when the validity is %s', (validity) => {
    expect(issuesOf({ ...document, validity, repealedOn: '2026-01-31' })).toEqual([
      { field: 'repealedOn', message: '只有已废止或已失效的文件才填写废止或失效日期' },
    ]);
  });

  test('is a date no earlier than the 成文日期', () => {
    expect(issuesOf({ ...document, validity: 'repealed', repealedOn: '2025-02-28' })).toEqual([
      { field: 'repealedOn', message: '废止或失效日期不能早于成文日期' },
    ]);
    expect(issuesOf({ ...document, validity: 'repealed', repealedOn: '2026/01/31' })).toEqual([
      { field: 'repealedOn', message: '废止或失效日期须为 YYYY-MM-DD' },
    ]);
  });
});

describe('a document’s withholding ground and basis', () => {
  const withholding = {
    ground: 'process_information',
    basis: WITHHOLDING_GROUND_RULES.process_information.basis,
  };

  test.each(['on_application', 'not_disclosed'])('is required when it is %s', (disclosure) => {
    expect(issuesOf({ ...document, disclosure })).toEqual([
      { field: 'withholding', message: '依申请公开或不予公开的文件须选择理由并写明依据' },
    ]);
    expect(issuesOf({ ...document, disclosure, withholding })).toEqual([]);
  });

  test('is refused on a document disclosed proactively', () => {
    expect(issuesOf({ ...document, withholding })).toEqual([
      { field: 'withholding', message: '主动公开的文件不填写不予主动公开的理由' },
    ]);
  });

  test('names one of the eight grounds and a basis that is not blank', () => {
    expect(
      issuesOf({
        ...document,
        disclosure: 'not_disclosed',
        withholding: { ground: 'secret', basis: '  ' },
      }),
    ).toEqual([
      { field: 'withholding.ground', message: '请选择不予主动公开的理由' },
      { field: 'withholding.basis', message: '不予主动公开的依据不能为空' },
    ]);
  });
});

describe('the date the publication deadline counts from (madeOnOf)', () => {
  const parse = (input: unknown) => {
    const result = validate(ContentDraftSchema, input);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.value as ContentDraft;
  };

  test('is a document’s 成文日期, or its 变更日期 once amended', () => {
    expect(madeOnOf(parse(document))).toBe('2025-03-01');
    expect(madeOnOf(parse({ ...document, validity: 'amended', changedOn: '2025-09-01' }))).toBe(
      '2025-09-01',
    );
  });

  test('refuses a 变更日期 before the 成文日期', () => {
    expect(issuesOf({ ...document, changedOn: '2025-02-01' })).toEqual([
      { field: 'changedOn', message: '变更日期不能早于成文日期' },
    ]);
  });

  test('is any other kind’s madeOn, and none on a draft saved without it', () => {
    const notice = {
      kind: 'notice',
      title: '通告',
      body: '正文',
      urgent: false,
      category: 'service',
      office: 'general',
      topic: 'other',
    };

    expect(madeOnOf(parse({ ...notice, madeOn: '2026-12-01' }))).toBe('2026-12-01');
    expect(madeOnOf(parse(notice))).toBeUndefined();
    expect(issuesOf({ ...notice, madeOn: '12月1日' })).toEqual([
      { field: 'madeOn', message: '信息形成或变更日期须为 YYYY-MM-DD' },
    ]);
  });
});

describe('the dates of an item', () => {
  const notice = {
    kind: 'notice',
    title: '通告',
    body: '正文',
    urgent: false,
    category: 'service',
    office: 'general',
    topic: 'other',
  };
  const today = chinaDate(new Date());
  const tomorrow = nextDay(today);

  test('are days that exist: 30 February and a 29 February outside a leap year are refused', () => {
    expect(issuesOf({ ...document, issuedAt: '2025-02-30' })).toEqual([
      { field: 'issuedAt', message: '成文日期不是有效日期' },
    ]);
    expect(issuesOf({ ...document, validity: 'amended', changedOn: '2025-09-31' })).toEqual([
      { field: 'changedOn', message: '变更日期不是有效日期' },
    ]);
    expect(issuesOf({ ...document, effectiveAt: '2025-04-31' })).toEqual([
      { field: 'effectiveAt', message: '施行日期不是有效日期' },
    ]);
    expect(issuesOf({ ...document, validity: 'repealed', repealedOn: '2025-06-31' })).toEqual([
      { field: 'repealedOn', message: '废止或失效日期不是有效日期' },
    ]);
    expect(issuesOf({ ...notice, madeOn: '2025-02-29' })).toEqual([
      { field: 'madeOn', message: '信息形成或变更日期不是有效日期' },
    ]);
    expect(issuesOf({ ...document, issuedAt: '2024-02-29' })).toEqual([]);
  });

  test('fall in the years 1949 to 2099', () => {
    expect(issuesOf({ ...document, issuedAt: '1948-12-31' })).toEqual([
      { field: 'issuedAt', message: '成文日期须在 1949 年至 2099 年之间' },
    ]);
    expect(issuesOf({ ...document, effectiveAt: '9999-12-31' })).toEqual([
      { field: 'effectiveAt', message: '施行日期须在 1949 年至 2099 年之间' },
    ]);
    expect(issuesOf({ ...document, validity: 'expired', repealedOn: '2100-01-01' })).toEqual([
      { field: 'repealedOn', message: '废止或失效日期须在 1949 年至 2099 年之间' },
    ]);
    expect(issuesOf({ ...document, issuedAt: '1949-10-01', effectiveAt: '2099-12-31' })).toEqual(
      [],
    );
  });

  test('of making or changing are not later than today in China; others may be', () => {
    expect(issuesOf({ ...document, issuedAt: tomorrow })).toEqual([
      { field: 'issuedAt', message: '成文日期不能晚于今天' },
    ]);
    expect(issuesOf({ ...document, issuedAt: '9999-12-31' })).toEqual([
      { field: 'issuedAt', message: '成文日期须在 1949 年至 2099 年之间' },
    ]);
    expect(issuesOf({ ...document, validity: 'amended', changedOn: tomorrow })).toEqual([
      { field: 'changedOn', message: '变更日期不能晚于今天' },
    ]);
    expect(issuesOf({ ...notice, madeOn: tomorrow })).toEqual([
      { field: 'madeOn', message: '信息形成或变更日期不能晚于今天' },
    ]);
    expect(issuesOf({ ...notice, madeOn: today })).toEqual([]);
    expect(issuesOf({ ...document, issuedAt: today, effectiveAt: tomorrow })).toEqual([]);
  });

  test('include the 成文日期 of the document an interpretation is of', () => {
    const source = { title: '实施办法', issuer: '市公安局' };
    const problems = (issuedAt: string) => {
      const result = validate(SourceDocumentSchema, { ...source, issuedAt });
      return result.ok ? [] : result.issues;
    };

    expect(problems('2025-02-30')).toEqual([
      { field: 'issuedAt', message: '成文日期不是有效日期' },
    ]);
    expect(problems(tomorrow)).toEqual([{ field: 'issuedAt', message: '成文日期不能晚于今天' }]);
    expect(problems('2023-05-08')).toEqual([]);
  });

  test('isCalendarDate: a YYYY-MM-DD day that exists, in 1949 to 2099', () => {
    expect(['2024-02-29', '1949-01-01', '2099-12-31'].map(isCalendarDate)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['2025-02-29', '2026-02-32', '9999-12-31', '1948-12-31', '2026-1-1', ''].map(isCalendarDate),
    ).toEqual([false, false, false, false, false, false]);
  });
});
