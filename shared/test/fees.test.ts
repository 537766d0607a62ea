import { feeFor, feeTierLines, unitPrice } from '../src/schemas/fees';

// Figures worked by hand from 国办函〔2020〕109号's own wording.
describe('fees of 国办函〔2020〕109号', () => {
  it('by count: 10 a month free, the 11th–30th at 100, 31–40 at 200, 41–50 at 300', () => {
    expect([1, 10, 11, 30, 31, 40, 41, 50, 51].map((n) => unitPrice('by_count', n))).toEqual([
      0, 0, 100, 100, 200, 200, 300, 300, 400,
    ]);
  });

  it('by count: the 12th and 13th application of a month cost 200 together', () => {
    expect(feeFor('by_count', 2, 11)).toBe(200);
  });

  it('by pages: 250 pages cost 70×10 + 100×20 + 50×40 = 4,700', () => {
    expect(feeFor('by_pages', 250)).toBe(700 + 2000 + 2000);
  });

  it('by pages: 30 pages are free', () => {
    expect(feeFor('by_pages', 30)).toBe(0);
  });

  it('states each band as the guide prints it', () => {
    expect(feeTierLines('by_pages')).toEqual([
      '30页以下（含30页）：不收费',
      '31—100页的部分：10元/页',
      '101—200页的部分：20元/页',
      '201页以上的部分：40元/页',
    ]);
    expect(feeTierLines('by_count')[2]).toBe(
      '31件以上的部分：以10件为一档，每增加一档，收费标准提高100元/件',
    );
  });
});
