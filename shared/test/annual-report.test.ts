import {
  AnnualReportTablesSchema,
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  applicationColumnName,
  applicationRowLabel,
  applicationRowName,
  emptyStaffInputs,
  ReportStaffInputsSchema,
  REMEDY_COLUMN_LABELS,
  REMEDY_COLUMNS,
  REMEDY_KIND_LABELS,
  REPORT_SECTIONS,
  RULE_COLUMN_LABELS,
  RULE_ROW_LABELS,
  DECISION_ROW_LABELS,
  FEE_COLUMN_LABEL,
  type AnnualReportTables,
  type ApplicationFigures,
  type ReportStaffInputs,
} from '../src/schemas/annual-report';
import { validate } from '../src/validate';

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** A balanced section 3: 3 natural persons and 1 company received, 2 disclosed, 2 carried out. */
function applications(): ApplicationFigures {
  const figures = Object.fromEntries(
    APPLICATION_ROWS.map((row) => [row, zeros(APPLICATION_COLUMNS)]),
  ) as ApplicationFigures;
  figures.received = { ...figures.received, natural_person: 3, commercial: 1, total: 4 };
  figures.disclosed = { ...figures.disclosed, natural_person: 2, total: 2 };
  figures.outcome_total = { ...figures.outcome_total, natural_person: 2, total: 2 };
  figures.carried_out = { ...figures.carried_out, natural_person: 1, commercial: 1, total: 2 };
  return figures;
}

function tables(): AnnualReportTables {
  const inputs = emptyStaffInputs();
  return {
    rules: {
      regulation: zeros(['made', 'repealed', 'in_force']),
      normative: { made: 2, repealed: 1, in_force: 7 },
    },
    applications: applications(),
    decisions: { licensing: 120, penalty: 45, coercion: 3 },
    feeAmount: 1.2345,
    remedies: inputs.remedies,
  };
}

function inputs(): ReportStaffInputs {
  return {
    ...emptyStaffInputs(),
    decisions: { licensing: 120, penalty: 45, coercion: 3 },
    feeAmount: 0.5,
    remedies: {
      review: { upheld: 2, corrected: 1, other: 1, pending: 1, total: 5 },
      litigation_direct: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
      litigation_after_review: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    },
    narrative: { overview: '本年度……', problems: '', other: '' },
  };
}

const messagesOf = (result: ReturnType<typeof validate>) =>
  result.ok ? [] : result.issues.map((issue) => `${issue.field}: ${issue.message}`);

describe('the annual report format of 国办公开办函〔2021〕30号', () => {
  it('has the six sections in order', () => {
    expect(REPORT_SECTIONS.map((section) => section.title)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  it("has section 2's rows and columns", () => {
    expect(Object.values(RULE_ROW_LABELS)).toEqual(['规章', '行政规范性文件']);
    expect(Object.values(RULE_COLUMN_LABELS)).toEqual([
      '本年制发件数',
      '本年废止件数',
      '现行有效件数',
    ]);
    expect(Object.values(DECISION_ROW_LABELS)).toEqual(['行政许可', '行政处罚', '行政强制']);
    expect(FEE_COLUMN_LABEL).toBe('本年收费金额（单位：万元）');
  });

  it("has section 3's seven columns, 法人或其他组织 over five of them", () => {
    expect(APPLICATION_COLUMNS.map(applicationColumnName)).toEqual([
      '自然人',
      '法人或其他组织·商业企业',
      '法人或其他组织·科研机构',
      '法人或其他组织·社会公益组织',
      '法人或其他组织·法律服务机构',
      '法人或其他组织·其他',
      '总计',
    ]);
  });

  it("has section 3's rows: 一, 二, the 21 outcome rows of 三 and its 总计, 四", () => {
    expect(APPLICATION_ROWS.map(applicationRowLabel)).toEqual([
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '（一）予以公开',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '1. 属于国家秘密',
      '2. 其他法律行政法规禁止公开',
      '3. 危及“三安全一稳定”',
      '4. 保护第三方合法权益',
      '5. 属于三类内部事务信息',
      '6. 属于四类过程性信息',
      '7. 属于行政执法案卷',
      '8. 属于行政查询事项',
      '1. 本机关不掌握相关政府信息',
      '2. 没有现成信息需要另行制作',
      '3. 补正后申请内容仍不明确',
      '1. 信访举报投诉类申请',
      '2. 重复申请',
      '3. 要求提供公开出版物',
      '4. 无正当理由大量反复申请',
      '5. 要求行政机关确认或重新出具已获取信息',
      '1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '3. 其他',
      '（七）总计',
      '四、结转下年度继续办理',
    ]);
    expect(applicationRowName('withheld_state_secret')).toBe(
      '三、本年度办理结果（三）不予公开 1. 属于国家秘密',
    );
  });

  it("has section 4's three column groups of five", () => {
    expect(Object.values(REMEDY_KIND_LABELS)).toEqual([
      '行政复议',
      '行政诉讼（未经复议直接起诉）',
      '行政诉讼（复议后起诉）',
    ]);
    expect(REMEDY_COLUMNS.map((column) => REMEDY_COLUMN_LABELS[column])).toEqual([
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
    ]);
  });
});

describe('the staff inputs', () => {
  it('accept whole numbers, totals equal to their parts and a fee to the 元', () => {
    expect(messagesOf(validate(ReportStaffInputsSchema, inputs()))).toEqual([]);
  });

  it('refuse a 复议 总计 other than its parts, naming the row and the right figure', () => {
    const bad = inputs();
    bad.remedies.review.total = 4;
    expect(messagesOf(validate(ReportStaffInputsSchema, bad))).toEqual([
      'remedies.review.total: 四、行政复议 总计 应等于各项之和（应为 5）',
    ]);
  });

  it('refuse a 诉讼 总计 other than its parts', () => {
    const bad = inputs();
    bad.remedies.litigation_after_review.upheld = 2;
    expect(messagesOf(validate(ReportStaffInputsSchema, bad))).toEqual([
      'remedies.litigation_after_review.total: 四、行政诉讼（复议后起诉） 总计 应等于各项之和（应为 2）',
    ]);
  });

  it('refuse a negative or fractional count, naming its row and column', () => {
    const bad = inputs();
    bad.decisions.penalty = -1;
    bad.decisions.licensing = 1.5;
    expect(messagesOf(validate(ReportStaffInputsSchema, bad))).toEqual([
      'decisions.licensing: 二、行政许可 本年处理决定数量 须为整数',
      'decisions.penalty: 二、行政处罚 本年处理决定数量 不能小于 0',
    ]);
  });

  it('refuse a fee amount below 0 or finer than 4 decimals of 万元', () => {
    expect(
      messagesOf(validate(ReportStaffInputsSchema, { ...inputs(), feeAmount: 0.00001 })),
    ).toEqual([
      'feeAmount: 二、行政事业性收费 本年收费金额（单位：万元） 最多保留 4 位小数（精确到元）',
    ]);
    expect(messagesOf(validate(ReportStaffInputsSchema, { ...inputs(), feeAmount: -2 }))).toEqual([
      'feeAmount: 二、行政事业性收费 本年收费金额（单位：万元） 不能小于 0',
    ]);
  });
});

describe('every figure of a report', () => {
  it('passes when every 总计 equals its parts and each column balances', () => {
    expect(messagesOf(validate(AnnualReportTablesSchema, tables()))).toEqual([]);
  });

  it("refuses a row's 总计 other than its columns", () => {
    const bad = tables();
    bad.applications.received.total = 5;
    expect(messagesOf(validate(AnnualReportTablesSchema, bad))).toContain(
      'applications.received.total: 一、本年新收政府信息公开申请数量 总计 应等于各列之和（应为 4）',
    );
  });

  it("refuses a column's （七）总计 other than its outcome rows", () => {
    const bad = tables();
    bad.applications.withheld_third_party.natural_person = 1;
    bad.applications.withheld_third_party.total = 1;
    expect(messagesOf(validate(AnnualReportTablesSchema, bad))).toEqual([
      'applications.outcome_total.natural_person: 三、本年度办理结果（七）总计 · 自然人 应等于各项办理结果之和（应为 3）',
      'applications.outcome_total.total: 三、本年度办理结果（七）总计 · 总计 应等于各项办理结果之和（应为 3）',
    ]);
  });

  it('refuses a column where 新收 + 上年结转 differs from 办理结果总计 + 结转下年度', () => {
    const bad = tables();
    bad.applications.carried_in.commercial = 1;
    bad.applications.carried_in.total = 1;
    expect(messagesOf(validate(AnnualReportTablesSchema, bad))).toEqual([
      'applications.carried_out.commercial: 法人或其他组织·商业企业：一、新收 + 二、上年结转（2）应等于 三、办理结果总计 + 四、结转下年度（1）',
      'applications.carried_out.total: 总计：一、新收 + 二、上年结转（5）应等于 三、办理结果总计 + 四、结转下年度（4）',
    ]);
  });

  it('refuses a negative cell, naming row and column', () => {
    const bad = tables();
    bad.rules.normative.repealed = -1;
    bad.applications.not_handled_repeated.legal_service = -2;
    const messages = messagesOf(validate(AnnualReportTablesSchema, bad));
    expect(messages).toContain(
      'rules.normative.repealed: 二、行政规范性文件 本年废止件数 不能小于 0',
    );
    expect(messages).toContain(
      'applications.not_handled_repeated.legal_service: 三、本年度办理结果（五）不予处理 2. 重复申请 · 法人或其他组织·法律服务机构 不能小于 0',
    );
  });

  it('refuses a table missing a row', () => {
    const bad = tables() as Partial<AnnualReportTables>;
    const figures = { ...bad.applications } as Partial<ApplicationFigures>;
    delete figures.carried_out;
    expect(validate(AnnualReportTablesSchema, { ...bad, applications: figures }).ok).toBe(false);
  });
});
