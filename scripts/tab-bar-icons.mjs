// Draws the tab bar's icons (81×81 PNG, WeChat's recommended size; at most 40 KB each) as simple
// glyphs from geometry, so they need no design tool and stay a few hundred bytes: a house (首页),
// a form with lines (办事), a speech bubble (互动), a person (我的), each in the muted text colour
// and, selected, in the primary colour. Run: node scripts/tab-bar-icons.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 81;
const OUT = join(import.meta.dirname, '..', 'miniapp', 'src', 'assets', 'tab-bar');
// The theme's $color-text-muted and $color-primary (miniapp/src/styles/_theme.scss).
const COLOURS = { normal: [0x5f, 0x66, 0x72], selected: [0x1e, 0x4d, 0xa1] };

const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const ring = (x, y, x0, y0, x1, y1, w) =>
  inRect(x, y, x0, y0, x1, y1) && !inRect(x, y, x0 + w, y0 + w, x1 - w, y1 - w);
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** Each glyph: whether a pixel (at its centre) is inked. */
const GLYPHS = {
  home: (x, y) => {
    // Roof: a thick chevron from (10,38) up to (40,12) and down to (70,38).
    const roof = Math.abs(y - (38 - (30 - Math.abs(x - 40)) * (26 / 30))) <= 4 && x >= 8 && x <= 72;
    const walls = ring(x, y, 18, 36, 62, 70, 6);
    const door = inRect(x, y, 34, 50, 46, 70);
    return roof || walls || door;
  },
  services: (x, y) => {
    const sheet = ring(x, y, 16, 10, 64, 72, 6);
    const lines = [26, 38, 50].some((top) => inRect(x, y, 26, top, 54, top + 4));
    return sheet || lines;
  },
  interact: (x, y) => {
    const bubble = ring(x, y, 10, 12, 70, 56, 6);
    // The tail below the bubble's left half.
    const tail = y > 56 && y <= 70 && x >= 22 && x <= 22 + (70 - y) * 1.1 && x <= 38;
    const dots = [28, 40, 52].some((cx) => inCircle(x, y, cx, 34, 4));
    return bubble || tail || dots;
  },
  mine: (x, y) => {
    const head = inCircle(x, y, 40, 26, 14) && !inCircle(x, y, 40, 26, 8);
    const shoulders =
      y >= 46 &&
      y <= 70 &&
      ((x - 40) / 28) ** 2 + ((y - 72) / 26) ** 2 <= 1 &&
      !(((x - 40) / 22) ** 2 + ((y - 72) / 20) ** 2 <= 1 && y < 70);
    return head || shoulders;
  },
};

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** An 8-bit RGBA PNG: the glyph in one colour, anti-aliased by 3×3 supersampling, on transparency. */
function png(inked, [r, g, b]) {
  const rows = [];
  for (let y = 0; y < SIZE; y += 1) {
    const row = [0]; // filter: none
    for (let x = 0; x < SIZE; x += 1) {
      let hits = 0;
      for (const dy of [-1 / 3, 0, 1 / 3])
        for (const dx of [-1 / 3, 0, 1 / 3]) if (inked(x + dx, y + dy)) hits += 1;
      row.push(r, g, b, Math.round((255 * hits) / 9));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const [name, inked] of Object.entries(GLYPHS))
  for (const [state, colour] of Object.entries(COLOURS)) {
    const file = join(OUT, state === 'normal' ? `${name}.png` : `${name}-selected.png`);
    const bytes = png(inked, colour);
    writeFileSync(file, bytes);
    process.stdout.write(`${file}: ${bytes.length} bytes\n`);
  }
