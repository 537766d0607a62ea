/**
 * The terms the annual report (政府信息公开工作年度报告, format of 国办公开办函〔2021〕30号) counts in,
 * shared by what records them (the application form, a reply, a withheld document) and by the report
 * that counts them, so a row of the report and the choice that fills it are the same value.
 */

/** The report's columns of section 3: 自然人, then 法人或其他组织 in five kinds. */
export const APPLICANT_CATEGORIES = [
  'natural_person',
  'commercial',
  'research',
  'public_interest',
  'legal_service',
  'other_organization',
] as const;
export type ApplicantCategory = (typeof APPLICANT_CATEGORIES)[number];
export const APPLICANT_CATEGORY_LABELS: Record<ApplicantCategory, string> = {
  natural_person: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  public_interest: '社会公益组织',
  legal_service: '法律服务机构',
  other_organization: '其他',
};

/**
 * The eight grounds of 不予公开 (row 三(三) of the report, 政府信息公开条例 arts. 14–16 and 36(七)).
 * The negative list (负面清单) names its categories from the same list.
 */
export const WITHHOLDING_GROUNDS = [
  'state_secret',
  'prohibited_by_law',
  'security_stability',
  'third_party',
  'internal_affairs',
  'process_information',
  'enforcement_file',
  'query_matter',
] as const;
export type WithholdingGround = (typeof WITHHOLDING_GROUNDS)[number];
export const WITHHOLDING_GROUND_RULES: Record<WithholdingGround, { label: string; basis: string }> =
  {
    state_secret: { label: '属于国家秘密', basis: '《中华人民共和国政府信息公开条例》第十四条' },
    prohibited_by_law: {
      label: '其他法律行政法规禁止公开',
      basis: '《中华人民共和国政府信息公开条例》第十四条',
    },
    security_stability: {
      label: '危及“三安全一稳定”',
      basis: '《中华人民共和国政府信息公开条例》第十四条',
    },
    third_party: {
      label: '保护第三方合法权益',
      basis: '《中华人民共和国政府信息公开条例》第十五条',
    },
    internal_affairs: {
      label: '属于三类内部事务信息',
      basis: '《中华人民共和国政府信息公开条例》第十六条第一款',
    },
    process_information: {
      label: '属于四类过程性信息',
      basis: '《中华人民共和国政府信息公开条例》第十六条第二款',
    },
    enforcement_file: {
      label: '属于行政执法案卷',
      basis: '《中华人民共和国政府信息公开条例》第十六条第二款',
    },
    query_matter: {
      label: '属于行政查询事项',
      basis: '《中华人民共和国政府信息公开条例》第三十六条第（七）项',
    },
  };

/** The groups of row 三 (本年度办理结果), in the report's order. */
export const OUTCOME_GROUPS = [
  'disclosed',
  'partly_disclosed',
  'withheld',
  'unavailable',
  'not_handled',
  'other',
] as const;
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number];
export const OUTCOME_GROUP_LABELS: Record<OutcomeGroup, string> = {
  disclosed: '（一）予以公开',
  partly_disclosed: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  withheld: '（三）不予公开',
  unavailable: '（四）无法提供',
  not_handled: '（五）不予处理',
  other: '（六）其他处理',
};

/**
 * Every way an application ends, one per row of 三 (the 21 rows under （一）–（六）), in the report's
 * order. A reply or a closing names exactly one, so each application is counted once.
 */
export const OUTCOMES = [
  'disclosed',
  'partly_disclosed',
  ...WITHHOLDING_GROUNDS.map((ground) => `withheld_${ground}` as const),
  'unavailable_not_held',
  'unavailable_needs_making',
  'unavailable_unclear',
  'not_handled_petition',
  'not_handled_repeated',
  'not_handled_publication',
  'not_handled_mass_repeated',
  'not_handled_confirmation',
  'other_uncorrected',
  'other_unpaid_fee',
  'other_other',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface OutcomeRule {
  group: OutcomeGroup;
  /** The row's label in the report (numbered within its group where the format numbers it). */
  label: string;
  /** The legal basis a reply of this outcome names by default (staff may add to it). */
  basis: string;
  /** A reply that refuses or cannot provide must state the remedies (art. 51). */
  statesRemedies: boolean;
}

const REGULATION = '《中华人民共和国政府信息公开条例》';
const withheldRules = Object.fromEntries(
  WITHHOLDING_GROUNDS.map((ground, index) => [
    `withheld_${ground}`,
    {
      group: 'withheld',
      label: `${index + 1}. ${WITHHOLDING_GROUND_RULES[ground].label}`,
      basis: WITHHOLDING_GROUND_RULES[ground].basis,
      statesRemedies: true,
    },
  ]),
) as Record<`withheld_${WithholdingGround}`, OutcomeRule>;

export const OUTCOME_RULES: Record<Outcome, OutcomeRule> = {
  disclosed: {
    group: 'disclosed',
    label: '（一）予以公开',
    basis: `${REGULATION}第三十六条第（一）项、第（二）项`,
    statesRemedies: false,
  },
  partly_disclosed: {
    group: 'partly_disclosed',
    label: '（二）部分公开',
    basis: `${REGULATION}第三十七条`,
    statesRemedies: true,
  },
  ...withheldRules,
  unavailable_not_held: {
    group: 'unavailable',
    label: '1. 本机关不掌握相关政府信息',
    basis: `${REGULATION}第三十六条第（四）项、第（五）项`,
    statesRemedies: true,
  },
  unavailable_needs_making: {
    group: 'unavailable',
    label: '2. 没有现成信息需要另行制作',
    basis: `${REGULATION}第三十八条`,
    statesRemedies: true,
  },
  unavailable_unclear: {
    group: 'unavailable',
    label: '3. 补正后申请内容仍不明确',
    basis: `${REGULATION}第三十条`,
    statesRemedies: true,
  },
  not_handled_petition: {
    group: 'not_handled',
    label: '1. 信访举报投诉类申请',
    basis: `${REGULATION}第三十九条第一款`,
    statesRemedies: true,
  },
  not_handled_repeated: {
    group: 'not_handled',
    label: '2. 重复申请',
    basis: `${REGULATION}第三十六条第（六）项`,
    statesRemedies: true,
  },
  not_handled_publication: {
    group: 'not_handled',
    label: '3. 要求提供公开出版物',
    basis: `${REGULATION}第三十九条第二款`,
    statesRemedies: true,
  },
  not_handled_mass_repeated: {
    group: 'not_handled',
    label: '4. 无正当理由大量反复申请',
    basis: `${REGULATION}第三十五条`,
    statesRemedies: true,
  },
  not_handled_confirmation: {
    group: 'not_handled',
    label: '5. 要求行政机关确认或重新出具已获取信息',
    basis: `${REGULATION}第三十九条第二款`,
    statesRemedies: true,
  },
  other_uncorrected: {
    group: 'other',
    label: '1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    basis: `${REGULATION}第三十条`,
    statesRemedies: true,
  },
  other_unpaid_fee: {
    group: 'other',
    label: '2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    basis: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
    statesRemedies: true,
  },
  other_other: {
    group: 'other',
    label: '3. 其他',
    basis: REGULATION,
    statesRemedies: true,
  },
};

/**
 * 文件类型 of a policy document: the report's section 2 counts 规章 and 行政规范性文件; everything
 * else (work plans, notices) is 其他文件 and not counted there.
 */
export const DOCUMENT_TYPES = ['regulation', 'normative', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  regulation: '规章',
  normative: '行政规范性文件',
  other: '其他文件',
};
