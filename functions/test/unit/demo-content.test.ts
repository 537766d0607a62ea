import { DISCLOSURE_CATEGORIES, InterpretationSchema, validate } from '@sunshine/shared';
import { DEMO_INTERPRETATIONS } from '../../src/seed/demo-interpretations';
import { seedDemoContent } from '../../src/seed/seed-demo';
import { InMemoryInterpretationStore } from '../support/in-memory-interpretation-store';

describe('demo content', () => {
  test('every demo interpretation satisfies the shared schema and is marked as demo', () => {
    for (const item of DEMO_INTERPRETATIONS) {
      expect(validate(InterpretationSchema, item)).toMatchObject({ ok: true });
      expect(item.demo).toBe(true);
    }
  });

  test('covers all five disclosure categories with unique ids', () => {
    expect(new Set(DEMO_INTERPRETATIONS.map((item) => item.category))).toEqual(new Set(DISCLOSURE_CATEGORIES));
    expect(new Set(DEMO_INTERPRETATIONS.map((item) => item.id)).size).toBe(DEMO_INTERPRETATIONS.length);
  });

  test('includes the work plan itself with a dozen Q&A pairs', () => {
    const plan = DEMO_INTERPRETATIONS.find((item) => item.document.title.includes('政务公开工作考核方案'));

    expect(plan?.qa.length).toBeGreaterThanOrEqual(12);
  });

  test('seeding twice writes each item once and keeps what is there', async () => {
    const store = new InMemoryInterpretationStore();

    const first = await seedDemoContent(store);
    const second = await seedDemoContent(store);

    expect(first).toEqual({ written: DEMO_INTERPRETATIONS.length, existing: 0 });
    expect(second).toEqual({ written: 0, existing: DEMO_INTERPRETATIONS.length });
  });
});
