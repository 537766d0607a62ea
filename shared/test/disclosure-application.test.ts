import {
  ApplicationEventInputSchema,
  ApplyInputSchema,
  CorrectionInputSchema,
  idNumberProblem,
  isCreditCode,
  isResidentIdNumber,
  OUTCOME_RULES,
  OUTCOMES,
  remediesStatement,
  validate,
} from '../src';

const BASIS = '《中华人民共和国政府信息公开条例》第三十六条';

/** A valid form, a person with an 18-character resident ID (its check character an X). */
const FORM = {
  clientKey: 'apply-client-key-0001',
  applicant: { type: 'person', name: '李明' },
  identity: { type: 'resident_id', number: '11010519491231002x' },
  contact: { phone: '13800000000' },
  description: '2024 年本区道路交通事故统计数据（按月）',
  delivery: { form: 'electronic', method: 'pickup' },
  consent: true,
};

const ORGANIZATION = {
  ...FORM,
  applicant: {
    type: 'organization',
    category: 'research',
    name: '某某科技有限公司',
    legalRepresentative: '王某',
    contactPerson: '张某',
  },
  identity: { type: 'credit_code', number: '91350100M000100Y43' },
};

const fieldsOf = (result: ReturnType<typeof validate>) =>
  result.ok ? [] : result.issues.map((issue) => issue.field);
const with_ = (patch: Record<string, unknown>) => ({ ...FORM, ...patch });

describe('the application form (art. 29)', () => {
  test('accepts a person, normalizing the ID number (a final x is an X) and filling optional fields', () => {
    const result = validate(ApplyInputSchema, FORM);

    expect(result).toMatchObject({
      ok: true,
      value: {
        identity: { number: '11010519491231002X' },
        contact: { phone: '13800000000', address: '', postcode: '', email: '' },
        purpose: '',
        applicant: { legalRepresentative: '', contactPerson: '', category: 'natural_person' },
      },
    });
  });

  test('accepts an organization with its kind, credit code, legal representative and contact person', () => {
    expect(validate(ApplyInputSchema, ORGANIZATION)).toMatchObject({
      ok: true,
      value: { applicant: { type: 'organization', category: 'research' } },
    });
  });

  test('counts a person as 自然人 whatever category is sent', () => {
    const result = validate(
      ApplyInputSchema,
      with_({ applicant: { type: 'person', name: '李明', category: 'commercial' } }),
    );

    expect(result).toMatchObject({
      ok: true,
      value: { applicant: { category: 'natural_person' } },
    });
  });

  test.each([
    ['without a kind', undefined],
    ['as a natural person', 'natural_person'],
  ])('refuses an organization %s, naming the kind to pick', (_, category) => {
    const result = validate(ApplyInputSchema, {
      ...ORGANIZATION,
      applicant: { ...ORGANIZATION.applicant, category },
    });

    expect(result.ok ? [] : result.issues).toEqual([
      {
        field: 'applicant.category',
        message: '请选择单位类型（商业企业、科研机构、社会公益组织、法律服务机构、其他）',
      },
    ]);
  });

  test.each([
    [
      'a resident ID with a wrong check character',
      { identity: { type: 'resident_id', number: '110105194912310021' } },
      'identity.number',
    ],
    [
      'a resident ID of 15 characters',
      { identity: { type: 'resident_id', number: '110105491231002' } },
      'identity.number',
    ],
    [
      'a resident ID with an impossible birth date',
      { identity: { type: 'resident_id', number: '110105194902301234' } },
      'identity.number',
    ],
    [
      'a passport with punctuation',
      { identity: { type: 'passport', number: 'E12-34567' } },
      'identity.number',
    ],
    [
      'an unknown document type',
      { identity: { type: 'library_card', number: '123456' } },
      'identity.type',
    ],
    [
      'a person identifying with a credit code',
      { identity: { type: 'credit_code', number: '91350100M000100Y43' } },
      'identity.type',
    ],
    ['no phone', { contact: {} }, 'contact.phone'],
    ['a malformed phone', { contact: { phone: '12345' } }, 'contact.phone'],
    [
      'a malformed postcode',
      { contact: { phone: '13800000000', postcode: '1000' } },
      'contact.postcode',
    ],
    [
      'a malformed email',
      { contact: { phone: '13800000000', email: 'not-an-email' } },
      'contact.email',
    ],
    ['post without an address', { delivery: { form: 'paper', method: 'post' } }, 'contact.address'],
    [
      'email without an email address',
      { delivery: { form: 'electronic', method: 'email' } },
      'contact.email',
    ],
    ['an empty description', { description: '' }, 'description'],
    ['a description of spaces only', { description: '   \n\t　' }, 'description'],
    ['a description over 2,000 characters', { description: '查'.repeat(2001) }, 'description'],
    ['a purpose over 400 characters', { purpose: '用'.repeat(401) }, 'purpose'],
    [
      'a name over 50 characters',
      { applicant: { type: 'person', name: '名'.repeat(51) } },
      'applicant.name',
    ],
    ['a name of spaces only', { applicant: { type: 'person', name: '  ' } }, 'applicant.name'],
    ['a description that is a number', { description: 12345 }, 'description'],
    [
      'an unknown form of delivery',
      { delivery: { form: 'fax', method: 'pickup' } },
      'delivery.form',
    ],
    ['no consent', { consent: false }, 'consent'],
    ['a malformed client key', { clientKey: 'short' }, 'clientKey'],
  ])('refuses %s, naming the field', (_, patch, field) => {
    expect(fieldsOf(validate(ApplyInputSchema, with_(patch)))).toContain(field);
  });

  test('refuses an organization without its legal representative and contact person', () => {
    const result = validate(ApplyInputSchema, {
      ...ORGANIZATION,
      applicant: { type: 'organization', name: '某某公司' },
    });

    expect(fieldsOf(result)).toEqual(
      expect.arrayContaining(['applicant.legalRepresentative', 'applicant.contactPerson']),
    );
  });

  test('messages are Chinese words a person can act on', () => {
    const result = validate(
      ApplyInputSchema,
      with_({ identity: { type: 'resident_id', number: '110105194912310021' } }),
    );

    expect(!result.ok && result.issues[0]?.message).toBe(
      '身份证号码有误，请核对 18 位号码（最后一位可能是 X）',
    );
  });

  test('keeps a script tag as text and accepts emoji', () => {
    const result = validate(
      ApplyInputSchema,
      with_({
        description: '<script>alert(1)</script> 请公开 2024 年预算 😀',
        purpose: '学习研究 👍',
      }),
    );

    expect(result).toMatchObject({
      ok: true,
      value: {
        description: '<script>alert(1)</script> 请公开 2024 年预算 😀',
        purpose: '学习研究 👍',
      },
    });
  });

  test('refuses a body that is not an object', () => {
    expect(validate(ApplyInputSchema, 'apply').ok).toBe(false);
    expect(validate(ApplyInputSchema, null).ok).toBe(false);
  });
});

describe('identity numbers', () => {
  test.each([
    ['11010519491231002X', true],
    ['440304198506151237', true],
    ['440304198506151238', false],
    ['4403041985061512370', false],
  ])('resident ID %s is valid: %s', (number, valid) => {
    expect(isResidentIdNumber(number)).toBe(valid);
  });

  test('a credit code is checked by GB 32100', () => {
    expect(isCreditCode('91350100M000100Y43')).toBe(true);
    expect(isCreditCode('91350100M000100Y42')).toBe(false);
    expect(isCreditCode('91350100M000100I43')).toBe(false);
  });

  test('a Hong Kong, Macao or Taiwan residence permit follows the resident ID check', () => {
    expect(idNumberProblem('hmt_residence_permit', '810000199001010019')).toBeUndefined();
    expect(idNumberProblem('hmt_residence_permit', '810000199001010015')).toBeDefined();
  });
});

describe('a correction (art. 30)', () => {
  test('refuses empty or oversized text and accepts emoji', () => {
    expect(
      fieldsOf(validate(CorrectionInputSchema, { clientKey: 'correction-key-00001', text: '  ' })),
    ).toEqual(['text']);
    expect(
      fieldsOf(
        validate(CorrectionInputSchema, {
          clientKey: 'correction-key-00001',
          text: '补'.repeat(2001),
        }),
      ),
    ).toEqual(['text']);
    expect(
      validate(CorrectionInputSchema, {
        clientKey: 'correction-key-00001',
        text: '补充文号：X 公发〔2024〕3 号 ✅',
      }).ok,
    ).toBe(true);
  });
});

describe('a staff action on a case', () => {
  test.each([
    { action: 'request_correction', version: 1, text: '请写明文件的文号或发文时间' },
    { action: 'start_third_party', version: 1, note: '某公司：涉及其商业秘密' },
    { action: 'end_third_party', version: 2 },
    { action: 'extend', version: 1, days: 20, reason: '需调取多年档案' },
    { action: 'notify_fee', version: 1, method: 'by_count', quantity: 1, alreadyCounted: 10 },
    { action: 'record_fee_paid', version: 2 },
    { action: 'close_unpaid', version: 2, note: '逾期未缴费' },
    {
      action: 'reply',
      version: 1,
      outcome: 'disclosed',
      basis: BASIS,
      text: '现将所需信息提供如下',
    },
    {
      action: 'reply',
      version: 1,
      outcome: 'unavailable_not_held',
      basis: BASIS,
      text: '该信息不由本机关掌握',
    },
    {
      action: 'reply',
      version: 1,
      outcome: 'disclosed',
      alreadyPublic: true,
      basis: BASIS,
      text: '该信息已主动公开',
      detail: '见本机关网站“政策文件”栏目',
    },
  ])('accepts $action', (input) => {
    expect(validate(ApplicationEventInputSchema, input).ok).toBe(true);
  });

  test.each([
    ['an unknown action', { action: 'delete', version: 1 }, 'action'],
    [
      'an extension of 21 working days',
      { action: 'extend', version: 1, days: 21, reason: '档案多' },
      'days',
    ],
    [
      'an extension of half a day',
      { action: 'extend', version: 1, days: 1.5, reason: '档案多' },
      'days',
    ],
    [
      'an extension without a reason',
      { action: 'extend', version: 1, days: 10, reason: ' ' },
      'reason',
    ],
    [
      'a refusal without its reasons',
      {
        action: 'reply',
        version: 1,
        outcome: 'withheld_third_party',
        basis: BASIS,
        text: '不予公开',
      },
      'detail',
    ],
    [
      '"already public" without where to get it',
      {
        action: 'reply',
        version: 1,
        outcome: 'disclosed',
        alreadyPublic: true,
        basis: BASIS,
        text: '已主动公开',
      },
      'detail',
    ],
    [
      '"already public" on a refusal',
      {
        action: 'reply',
        version: 1,
        outcome: 'withheld_state_secret',
        alreadyPublic: true,
        basis: BASIS,
        text: '不予公开',
        detail: '国家秘密',
      },
      'alreadyPublic',
    ],
    [
      'a reply without its legal basis',
      { action: 'reply', version: 1, outcome: 'disclosed', basis: ' ', text: '提供' },
      'basis',
    ],
    [
      'an unknown outcome',
      { action: 'reply', version: 1, outcome: 'maybe', basis: BASIS, text: '再说' },
      'outcome',
    ],
    [
      'a reply closing as unpaid (a closing of its own)',
      { action: 'reply', version: 1, outcome: 'other_unpaid_fee', basis: BASIS, text: '终止' },
      'outcome',
    ],
    [
      'no version',
      { action: 'reply', outcome: 'disclosed', basis: BASIS, text: '提供' },
      'version',
    ],
    [
      'a fee notice that charges nothing (30 pages are free)',
      { action: 'notify_fee', version: 1, method: 'by_pages', quantity: 30 },
      'quantity',
    ],
    [
      'a fee notice by an unknown method',
      { action: 'notify_fee', version: 1, method: 'by_weight', quantity: 40 },
      'method',
    ],
  ])('refuses %s, naming the field', (_, input, field) => {
    expect(fieldsOf(validate(ApplicationEventInputSchema, input))).toContain(field);
  });

  test('names the outcome and what a refusal must say', () => {
    const result = validate(ApplicationEventInputSchema, {
      action: 'reply',
      version: 1,
      outcome: 'withheld_process_information',
      basis: BASIS,
      text: '不予公开',
    });

    expect(result.ok ? [] : result.issues).toEqual([
      { field: 'detail', message: '「不予公开：属于四类过程性信息」的答复须写明不予公开的理由' },
    ]);
  });
});

describe('the remedies a reply states (art. 51)', () => {
  test('name the bodies of the bureau profile', () => {
    expect(remediesStatement({ reviewOrgan: '某某市人民政府', court: ' 某某区人民法院 ' })).toBe(
      '如对本答复不服，可以自收到本答复之日起60日内向某某市人民政府申请行政复议，或者自收到本答复之日起6个月内向某某区人民法院提起行政诉讼。',
    );
  });

  test('without a profile (or a blank field) name the bodies the law gives', () => {
    expect(remediesStatement(undefined)).toBe(
      '如对本答复不服，可以自收到本答复之日起60日内向本机关的本级人民政府或者上一级主管部门申请行政复议，或者自收到本答复之日起6个月内向有管辖权的人民法院提起行政诉讼。',
    );
    expect(remediesStatement({ reviewOrgan: '', court: '某某区人民法院' })).toContain(
      '向本机关的本级人民政府或者上一级主管部门申请行政复议',
    );
  });

  test('every outcome that refuses or cannot provide states them; a disclosure does not', () => {
    const stating = OUTCOMES.filter((outcome) => OUTCOME_RULES[outcome].statesRemedies);

    expect(stating).not.toContain('disclosed');
    expect(stating).toHaveLength(OUTCOMES.length - 1);
  });
});
