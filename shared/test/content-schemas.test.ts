import {
  ContentDraftSchema,
  isPubliclyDisclosed,
  ListContentQuerySchema,
  LoginInputSchema,
  routePath,
  validate,
} from '../src';

describe('ListContentQuerySchema', () => {
  test('fills a default page size of 10 when none is given', () => {
    const result = validate(ListContentQuerySchema, {});

    expect(result).toEqual({ ok: true, value: { kind: 'interpretation', limit: 10 } });
  });

  test('accepts a category, a cursor and a limit within 1–50', () => {
    const result = validate(ListContentQuerySchema, {
      category: 'service',
      cursor: 'abc_-1',
      limit: '50',
    });

    expect(result).toEqual({
      ok: true,
      value: { kind: 'interpretation', category: 'service', cursor: 'abc_-1', limit: 50 },
    });
  });

  test.each(['0', '51', '-1', '2.5', 'ten', ''])(
    'refuses the limit %p, naming the field and the range',
    (limit) => {
      const result = validate(ListContentQuerySchema, { limit });

      expect(result).toEqual({
        ok: false,
        issues: [
          expect.objectContaining({ field: 'limit', message: expect.stringContaining('1 到 50') }),
        ],
      });
    },
  );

  test('refuses an unknown category and lists the valid ones', () => {
    const result = validate(ListContentQuerySchema, { category: 'weather' });

    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toEqual({
      field: 'category',
      message: expect.stringContaining('decision'),
    });
  });

  test('browses one kind by one facet, and refuses two facets at once', () => {
    expect(validate(ListContentQuerySchema, { kind: 'document', office: 'traffic' })).toMatchObject(
      { ok: true, value: { kind: 'document', office: 'traffic' } },
    );
    expect(
      validate(ListContentQuerySchema, { kind: 'document', office: 'traffic', topic: 'traffic' }),
    ).toEqual({
      ok: false,
      issues: [{ field: '', message: '一次只能按类别、科室或主题中的一种筛选' }],
    });
  });

  test('refuses an unknown kind and lists the kinds', () => {
    const result = validate(ListContentQuerySchema, { kind: 'memo' });

    expect(!result.ok && result.issues[0]).toEqual({
      field: 'kind',
      message: expect.stringContaining('document'),
    });
  });

  test('refuses a cursor with characters no cursor has', () => {
    const result = validate(ListContentQuerySchema, { cursor: 'a b/c' });

    expect(!result.ok && result.issues[0]?.field).toBe('cursor');
  });
});

describe('routePath', () => {
  test('fills and encodes path parameters', () => {
    expect(routePath('getContent', { id: 'a/b' })).toBe('/v1/content/a%2Fb');
  });

  test('fails loudly when a parameter is missing', () => {
    expect(() => routePath('getContent')).toThrow(/id/);
  });
});

describe('validate', () => {
  test('names a missing field in Chinese, not in the library default', () => {
    const result = validate(LoginInputSchema, {});

    expect(result).toEqual({ ok: false, issues: [{ field: 'code', message: '此项为必填项' }] });
  });

  test('keeps the message a schema gives', () => {
    const result = validate(LoginInputSchema, { code: '' });

    expect(result).toEqual({ ok: false, issues: [{ field: 'code', message: '缺少登录凭证' }] });
  });
});

describe('ContentDraftSchema', () => {
  const document = {
    kind: 'document',
    title: '出入境证件全市通办实施办法',
    summary: '全市通办。',
    category: 'service',
    office: 'exit-entry',
    topic: 'exit-entry',
    documentType: 'normative',
    issuedAt: '2026-11-01',
    validity: 'in_force',
    disclosure: 'proactive',
    body: '第一条',
  };

  test('takes a document with its disclosure attribute and validity, attachments defaulting to none', () => {
    expect(validate(ContentDraftSchema, document)).toEqual({
      ok: true,
      value: { ...document, attachments: [] },
    });
  });

  test('names each missing field of the kind chosen', () => {
    const result = validate(ContentDraftSchema, { kind: 'document', title: '文件' });

    expect(!result.ok && result.issues.map((issue) => issue.field)).toEqual(
      expect.arrayContaining([
        'category',
        'office',
        'topic',
        'documentType',
        'issuedAt',
        'validity',
        'disclosure',
        'body',
        'summary',
      ]),
    );
  });

  test('refuses an unknown kind in Chinese', () => {
    expect(validate(ContentDraftSchema, { ...document, kind: 'memo' })).toEqual({
      ok: false,
      issues: [{ field: 'kind', message: '请选择稿件类型' }],
    });
  });

  test('refuses an attachment that is not an https link', () => {
    const result = validate(ContentDraftSchema, {
      ...document,
      attachments: [{ name: '附件', url: 'javascript:alert(1)' }],
    });

    expect(!result.ok && result.issues[0]?.field).toBe('attachments.0.url');
  });

  test.each([
    ['proactive', true],
    ['on_application', false],
    ['not_disclosed', false],
  ] as const)('a document disclosed %s reaches residents: %s', (disclosure, expected) => {
    const withholding =
      disclosure === 'proactive'
        ? {}
        : { withholding: { ground: 'third_party', basis: '第十五条' } };
    const result = validate(ContentDraftSchema, { ...document, disclosure, ...withholding });

    expect(result.ok && isPubliclyDisclosed(result.value)).toBe(expected);
  });

  test('a Q&A links at most five documents by id', () => {
    const qa = {
      kind: 'qa',
      title: '问题？',
      answer: '回答。',
      category: 'service',
      office: 'general',
      topic: 'other',
    };
    const ids = Array.from({ length: 6 }, (_, i) => `01HTEST000000000000000000${i}`);

    expect(validate(ContentDraftSchema, qa)).toMatchObject({
      ok: true,
      value: { tags: [], documentIds: [] },
    });
    expect(validate(ContentDraftSchema, { ...qa, documentIds: ids })).toMatchObject({
      ok: false,
      issues: [{ field: 'documentIds', message: '关联文件不能超过 5 个' }],
    });
  });
});
