import {
  BureauProfileInputSchema,
  isValidCreditCode,
  officeName,
  profileOffices,
  validate,
} from '../src';

const profile = {
  name: '某市公安局某分局',
  creditCode: '11341702486344515H',
  indexFormat: '{creditCode}/{year}-{seq}',
  offices: [{ id: 'general', name: '办公室', address: '某路 1 号', hours: '工作日', phone: '1' }],
  disclosureOffice: {
    name: '公开办',
    address: '某路 1 号',
    postcode: '047100',
    hours: '工作日',
    phone: '1',
    fax: '',
    online: 'a@example.cn',
  },
  remedies: { reviewOrgan: '某区人民政府', court: '某区人民法院' },
};

describe('统一社会信用代码 (GB 32100-2015)', () => {
  test.each(['11341702486344515H', '91350100M000100Y43', '11140404000000001L'])(
    '%s passes the check',
    (code) => expect(isValidCreditCode(code)).toBe(true),
  );

  test.each([
    ['a wrong check character', '11341702486344515J'],
    ['17 characters', '11341702486344515'],
    ['a letter it never uses (O)', '1134170248634451OH'],
    ['lower case', '91350100m000100y43'],
  ])('%s fails', (_what, code) => expect(isValidCreditCode(code)).toBe(false));

  test('the schema upper-cases what an admin typed before checking', () => {
    const result = validate(BureauProfileInputSchema, {
      ...profile,
      creditCode: ' 91350100m000100y43 ',
    });

    expect(result.ok && result.value.creditCode).toBe('91350100M000100Y43');
  });
});

describe('the profile an admin saves', () => {
  test('an index format without {seq} is refused', () => {
    const result = validate(BureauProfileInputSchema, { ...profile, indexFormat: '{year}' });

    expect(result.ok ? [] : result.issues).toEqual([
      {
        field: 'indexFormat',
        message: '索引号格式须包含 {seq}（年度流水号），例如 {creditCode}/{year}-{seq}',
      },
    ]);
  });

  test('two offices of one name are refused: 实施机关 names an office', () => {
    const office = profile.offices[0]!;
    const result = validate(BureauProfileInputSchema, {
      ...profile,
      offices: [office, { ...office, id: 'other' }],
    });

    expect(result.ok ? [] : result.issues).toEqual([
      { field: 'offices.1.name', message: '第 2 个科室的名称「办公室」与前面的科室重复' },
    ]);
  });

  test('offices are named by position: a bad id, a repeated id, a long name', () => {
    const office = profile.offices[0]!;
    const result = validate(BureauProfileInputSchema, {
      ...profile,
      offices: [
        office,
        { ...office, id: 'Bad id', name: '法制科' },
        { ...office, name: '名'.repeat(31) },
      ],
    });

    expect(result.ok ? [] : result.issues).toEqual([
      {
        field: 'offices.1.id',
        message: '第 2 个科室的编号须为 2–32 位小写字母、数字或连字符，以字母开头',
      },
      { field: 'offices.2.name', message: '第 3 个科室的名称不能超过 30 字' },
      { field: 'offices.2.id', message: '第 3 个科室的编号「general」与前面的科室重复' },
    ]);
  });

  test('no office, a bad postcode and an empty online contact are refused; an empty fax is not', () => {
    const result = validate(BureauProfileInputSchema, {
      ...profile,
      offices: [],
      disclosureOffice: { ...profile.disclosureOffice, postcode: '0471', online: '' },
    });

    expect(result.ok ? [] : result.issues).toEqual([
      { field: 'offices', message: '请至少填写一个科室' },
      { field: 'disclosureOffice.postcode', message: '邮政编码须为 6 位数字' },
      { field: 'disclosureOffice.online', message: '网上联系方式不能为空' },
    ]);
  });
});

describe('office names', () => {
  test("the profile's names first, then the built-in label, then the id itself", () => {
    const offices = profileOffices({
      offices: [{ ...profile.offices[0]!, id: 'fire', name: '消防大队' }],
    });

    expect(officeName('fire', offices)).toBe('消防大队');
    expect(officeName('traffic', offices)).toBe('交通警察大队');
    expect(officeName('unknown-office', offices)).toBe('unknown-office');
  });

  test('before a profile is saved, the built-in offices apply', () => {
    expect(profileOffices(undefined)).toHaveLength(9);
    expect(profileOffices(undefined)[0]).toEqual({ id: 'general', name: '分局办公室' });
  });
});
