// The benchmarks' search corpus (bench/search.ts, bench/search-cold.ts): items made from the demo
// content's sentences recombined, so the vocabulary is real Chinese policy text.
import type { Interpretation } from '@sunshine/shared';
import { DEMO_INTERPRETATIONS } from '../functions/src/seed/demo-interpretations';

// A small deterministic generator, so every run measures the same corpus.
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
const sentences = DEMO_INTERPRETATIONS.flatMap((item) =>
  Object.values(item.sections)
    .join('')
    .split(/(?<=[。；！？])/),
).filter((s) => s.length > 8);
const paragraph = (n: number) => Array.from({ length: n }, () => pick(sentences)).join('');

function syntheticItem(n: number): Interpretation {
  const base = DEMO_INTERPRETATIONS[n % DEMO_INTERPRETATIONS.length]!;
  const id = `01HBENCH${String(n).padStart(18, '0')}`;
  return {
    ...base,
    id,
    title: `${pick(sentences).slice(0, 18)}（第${n}号）解读`,
    summary: paragraph(1).slice(0, 120),
    sections: {
      background: paragraph(3),
      keyPoints: paragraph(6),
      highlights: paragraph(2),
      measures: paragraph(3),
    },
    qa: Array.from({ length: 3 }, () => ({
      question: `${pick(sentences).slice(0, 24)}？`,
      answer: paragraph(2),
    })),
  };
}

/** `items` interpretations, the same ones every run: the demo's, then synthetic ones. */
export function syntheticCorpus(items: number): Interpretation[] {
  seed = 42;
  return [
    ...DEMO_INTERPRETATIONS,
    ...Array.from({ length: items - DEMO_INTERPRETATIONS.length }, (_, n) => syntheticItem(n)),
  ];
}
