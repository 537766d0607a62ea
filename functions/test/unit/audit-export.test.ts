import type { AuditEntryView } from '@sunshine/shared';
import { exportAudit } from '../../src/domain/audit/browse-audit';
import type { AuditLog } from '../../src/ports/audit-log';
import type { ExportFiles } from '../../src/ports/export-files';

const entry = (n: number): AuditEntryView => ({
  id: `a-${n}`,
  at: '2026-12-01T02:00:00.000Z',
  actorId: 'u-admin',
  actorName: '张管理',
  roles: ['admin'],
  action: 'staff.sign_in',
  summary: `登录 ${n}`,
});

/** A month of `total` entries, answered `limit` at a time. */
function auditOf(total: number): AuditLog {
  const all = Array.from({ length: total }, (_, index) => entry(index + 1));
  return {
    append: () => Promise.resolve(),
    list: ({ cursor, limit }) => {
      const from = Number(cursor ?? 0);
      const next = from + limit;
      return Promise.resolve({
        items: all.slice(from, next),
        nextCursor: next < total ? String(next) : undefined,
      });
    },
  };
}

function memoryFiles() {
  const texts: string[] = [];
  const files: ExportFiles = {
    async save({ body }) {
      let text = '';
      for await (const piece of body) text += piece;
      texts.push(text);
      return { url: 'https://files.example/x', expiresAt: '2026-12-07T10:10:00.000Z', bytes: 1 };
    },
  };
  return { files, texts };
}

const clock = { now: () => new Date('2026-12-07T10:00:00.000Z') };
const linesOf = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');

describe('the audit export', () => {
  test('past the limit, the file and the answer say it was cut', async () => {
    const { files, texts } = memoryFiles();

    const view = await exportAudit(
      { audit: auditOf(7), clock, files, exportLimit: 5 },
      { month: '2026-12' },
    );

    const lines = linesOf(texts[0]!);
    expect(view).toMatchObject({ rows: 5, truncated: true });
    expect(lines).toHaveLength(1 + 5 + 1);
    expect(lines.at(-1)).toBe('……仅导出前 5 条，请按条件缩小范围');
  });

  test('exactly the limit is the whole month: not cut', async () => {
    const { files, texts } = memoryFiles();

    const view = await exportAudit(
      { audit: auditOf(5), clock, files, exportLimit: 5 },
      { month: '2026-12' },
    );

    expect(view.rows).toBe(5);
    expect(view.truncated).toBeUndefined();
    expect(linesOf(texts[0]!)).toHaveLength(1 + 5);
  });
});
