/**
 * 信息处理费 of 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号), charged only when an
 * applicant's volume goes beyond reason. The tiers are data, so the guide states them, the fee
 * notice computes from them, and a change of the rule is a change of this table only.
 */

export const FEE_RULE = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';

/** The two ways of charging the rule allows: by the count of applications in a natural month, or by pages. */
export const FEE_METHODS = ['by_count', 'by_pages'] as const;
export type FeeMethod = (typeof FEE_METHODS)[number];
export const FEE_METHOD_LABELS: Record<FeeMethod, string> = {
  by_count: '按件计收',
  by_pages: '按量计收',
};

/**
 * One band: units from `from` (inclusive) to `to` (inclusive; absent = no upper end) cost `price`
 * 元 each. `step` (by count only): beyond `from`, every further `step` units the price rises by
 * `price` again (31–40 at 200, 41–50 at 300, ...).
 */
export interface FeeBand {
  from: number;
  to?: number;
  price: number;
  step?: number;
}

export const FEE_TIERS: Record<FeeMethod, { unit: string; per: string; bands: FeeBand[] }> = {
  by_count: {
    unit: '件',
    per: '同一申请人一个自然月内累计申请',
    bands: [
      { from: 1, to: 10, price: 0 },
      { from: 11, to: 30, price: 100 },
      { from: 31, price: 100, step: 10 },
    ],
  },
  by_pages: {
    unit: '页',
    per: '同一申请（纸质页数或电子文档折算页数）',
    bands: [
      { from: 1, to: 30, price: 0 },
      { from: 31, to: 100, price: 10 },
      { from: 101, to: 200, price: 20 },
      { from: 201, price: 40 },
    ],
  },
};

/** The price of the unit numbered `n` (1-based) under a method. */
export function unitPrice(method: FeeMethod, n: number): number {
  const band = FEE_TIERS[method].bands.find(
    (b) => n >= b.from && (b.to === undefined || n <= b.to),
  );
  if (!band) return 0;
  if (!band.step) return band.price;
  // The first open band prices its first step at price × 2 (31–40 at 200 after 11–30 at 100).
  return band.price * (Math.floor((n - band.from) / band.step) + 2);
}

/**
 * The fee, in 元, for `quantity` units under a method, counting from unit `alreadyCounted + 1`
 * (by count: the applications the same applicant already made this month).
 */
export function feeFor(method: FeeMethod, quantity: number, alreadyCounted = 0): number {
  let total = 0;
  for (let n = alreadyCounted + 1; n <= alreadyCounted + quantity; n++)
    total += unitPrice(method, n);
  return total;
}

/** One line per band, as the guide and a fee notice state them (e.g. 「31—100页的部分：10元/页」). */
export function feeTierLines(method: FeeMethod): string[] {
  const { unit, bands } = FEE_TIERS[method];
  return bands.map((band) => {
    const range =
      band.to === undefined
        ? `${band.from}${unit}以上的部分`
        : `${band.from}—${band.to}${unit}的部分`;
    if (band.price === 0) return `${band.to}${unit}以下（含${band.to}${unit}）：不收费`;
    if (band.step)
      return `${range}：以${band.step}${unit}为一档，每增加一档，收费标准提高${band.price}元/${unit}`;
    return `${range}：${band.price}元/${unit}`;
  });
}
