import {
  CONTENT_KINDS,
  ContentDraftSchema,
  DISCLOSURE_CATEGORIES,
  isPubliclyDisclosed,
  referencedIds,
  validate,
} from '@sunshine/shared';
import { DEMO_CONTENT } from '../../src/seed/seed-demo';

describe('demo content', () => {
  test('every demo item satisfies the shared schema of its kind and is marked as demo', () => {
    for (const { id, publishedAt, updatedAt, demo, ...draft } of DEMO_CONTENT) {
      expect(validate(ContentDraftSchema, draft)).toMatchObject({ ok: true });
      expect(demo).toBe(true);
    }
  });

  test('has every kind, all five disclosure categories and unique ids', () => {
    expect(new Set(DEMO_CONTENT.map((item) => item.kind))).toEqual(new Set(CONTENT_KINDS));
    expect(new Set(DEMO_CONTENT.map((item) => item.category))).toEqual(
      new Set(DISCLOSURE_CATEGORIES),
    );
    expect(new Set(DEMO_CONTENT.map((item) => item.id)).size).toBe(DEMO_CONTENT.length);
  });

  test('the work plan is a document, with its full text, and its interpretation has a dozen Q&A pairs', () => {
    const plan = DEMO_CONTENT.find(
      (item) => item.kind === 'document' && item.title.includes('政务公开工作考核方案'),
    );
    const interpretation = DEMO_CONTENT.find(
      (item) => item.kind === 'interpretation' && item.documentId === plan?.id,
    );

    expect(plan?.kind === 'document' && plan.body).toContain('最迟要在5小时内发布权威信息');
    expect(
      interpretation?.kind === 'interpretation' && interpretation.qa.length,
    ).toBeGreaterThanOrEqual(12);
  });

  test('the service catalogue has ten guides or more with unique codes, among them the 居住证 with what to bring', () => {
    const guides = DEMO_CONTENT.flatMap((item) => (item.kind === 'guide' ? [item] : []));
    const residencePermit = guides.find((guide) => guide.title.includes('居住证'));

    expect(guides.length).toBeGreaterThanOrEqual(10);
    expect(new Set(guides.map((guide) => guide.code)).size).toBe(guides.length);
    expect(residencePermit?.materials.length).toBeGreaterThanOrEqual(3);
  });

  test('every link points to a publicly disclosed demo document seeded before it', () => {
    DEMO_CONTENT.forEach((item, index) => {
      for (const documentId of referencedIds(item)) {
        const target = DEMO_CONTENT.findIndex((other) => other.id === documentId);
        expect(target).toBeGreaterThanOrEqual(0);
        expect(target).toBeLessThan(index);
        expect(isPubliclyDisclosed(DEMO_CONTENT[target]!)).toBe(true);
      }
    });
  });

  test('shows what residents never see: two demo documents are withheld, each under its ground', () => {
    const withheld = DEMO_CONTENT.filter((item) => !isPubliclyDisclosed(item));

    expect(
      withheld.map(
        (item) => item.kind === 'document' && [item.disclosure, item.withholding?.ground],
      ),
    ).toEqual([
      ['not_disclosed', 'security_stability'],
      ['on_application', 'process_information'],
    ]);
  });

  test('gives the annual report’s section 2 of 2025: one 规章 and two 行政规范性文件 made, one repealed', () => {
    const documents = DEMO_CONTENT.flatMap((item) => (item.kind === 'document' ? [item] : []));
    const made = (type: string) =>
      documents.filter((doc) => doc.documentType === type && doc.issuedAt.startsWith('2025'));
    const repealed = documents.filter(
      (doc) => doc.documentType === 'normative' && doc.repealedOn?.startsWith('2025'),
    );

    expect(made('regulation').map((doc) => doc.title)).toEqual([
      '上党区公共安全视频图像信息系统管理办法（演示）',
    ]);
    expect(made('normative')).toHaveLength(2);
    expect(repealed.map((doc) => doc.repealedOn)).toEqual(['2025-09-30']);
    expect(documents.every((doc) => doc.documentType)).toBe(true);
  });
});
