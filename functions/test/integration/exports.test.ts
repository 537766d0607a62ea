import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { S3ExportFiles } from '../../src/adapters/s3/s3-export-files';
import { workPut } from '../../src/adapters/dynamo/workflow-store';
import { exportGuides } from '../../src/domain/guides/export-guides';
import { csvRecords } from '../../src/domain/guides/record-readers';
import { GUIDE_HEADERS } from '../../src/domain/guides/guide-columns';
import type { WorkflowItem, WorkflowStore } from '../../src/ports/workflow-store';
import { systemClock } from '../../src/ports/clock';
import { DEMO_BUREAU } from '../../src/seed/demo-bureau';
import { profileOffices } from '@sunshine/shared';
import { aGuideDraft } from '../support/drafts';
import { createTestApp } from './support/app';
import { downloadExport } from './support/exports';

/** Exports as files: written to the local S3-compatible server, offered as a presigned link. */
let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;
let admin: string;
const MANY = 10_000;

function guideItems(count: number, prefix: string): WorkflowItem[] {
  const now = new Date().toISOString();
  const owner = { userId: 'u-editor', displayName: '张编辑' };
  return Array.from({ length: count }, (_, i): WorkflowItem => {
    const code = `${prefix}-${String(i).padStart(5, '0')}`;
    return {
      id: `01J${prefix}${String(i).padStart(23 - prefix.length, '0')}`,
      status: 'draft',
      draft: aGuideDraft({ code, title: `居住证办理 ${code}` }),
      editors: [owner],
      owner,
      createdAt: now,
      updatedAt: now,
      publishedVersion: 0,
      rev: 1,
    };
  });
}

/** Guides written straight to the table in batches of 25, in the repository's own item form. */
async function seedGuides(items: WorkflowItem[]) {
  for (let i = 0; i < items.length; i += 25) {
    const batch = items.slice(i, i + 25).map((item) => workPut(app.table.tableName, item).Put.Item);
    await app.table.client.send(
      new BatchWriteCommand({
        RequestItems: { [app.table.tableName]: batch.map((Item) => ({ PutRequest: { Item } })) },
      }),
    );
  }
}

async function rowsOf(bytes: Uint8Array): Promise<string[][]> {
  async function* whole() {
    yield bytes;
  }
  const rows: string[][] = [];
  for await (const record of csvRecords(whole())) rows.push(record.cells ?? []);
  return rows;
}

beforeAll(async () => {
  app = await createTestApp('exports');
  editor = await app.addStaff('u-editor', ['editor'], 'active', '张编辑');
  admin = await app.addStaff('u-admin', ['admin'], 'active', '王管理');
  await app.seedBureau();
  await seedGuides(guideItems(3, 'ROUTE'));
});

afterAll(() => app.drop());

describe('the guides export route', () => {
  test('answers a link, not the file; the link downloads it with its Chinese name', async () => {
    const response = await app.call('exportGuides', { token: editor, query: { format: 'csv' } });

    const { view, bytes, headers } = await downloadExport(response);
    expect(response.body.data).toEqual(view);
    const rows = await rowsOf(bytes);
    expect(rows[0]).toEqual(GUIDE_HEADERS);
    expect(rows.slice(1).map((row) => row[GUIDE_HEADERS.indexOf('事项编码')])).toEqual([
      'ROUTE-00000',
      'ROUTE-00001',
      'ROUTE-00002',
    ]);
    expect(view).toMatchObject({ rows: 3, bytes: bytes.length });
    expect(view.fileName).toMatch(/^办事指南-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toBe(
      `attachment; filename="${view.fileName.replace('办事指南-', '')}"; filename*=UTF-8''${encodeURIComponent(view.fileName)}`,
    );
  });
});

/**
 * 10,000 guides: the use case with its real storage (the S3-compatible server), its guides given
 * in memory. Read from DynamoDB Local the same guides take about a minute on a loaded test machine
 * (30 pages of the feed index), so the route-level test above keeps to three.
 */
describe('exporting 10,000 guides', () => {
  const guides = guideItems(MANY, 'BIG');
  const workflow = {
    async *listByKind() {
      // Newest first, as the feed index reads: the export sorts them by code.
      for (let i = guides.length - 1; i >= 0; i--) yield guides[i]!;
    },
  } as unknown as WorkflowStore;
  const deps = () => ({
    workflow,
    files: new S3ExportFiles({ bucket: 'media', endpoint: process.env.TEST_S3_ENDPOINT }),
    clock: systemClock,
  });

  test('CSV: every guide is in the file, sent to storage in parts past what a Lambda may answer', async () => {
    const view = await exportGuides(deps(), 'csv', profileOffices(DEMO_BUREAU));

    const { bytes } = await downloadExport({ status: 200, body: { data: view } });
    const rows = await rowsOf(bytes);
    expect(rows.length - 1).toBe(MANY);
    expect(rows[1]?.[GUIDE_HEADERS.indexOf('事项编码')]).toBe('BIG-00000');
    expect(view).toMatchObject({ rows: MANY, bytes: bytes.length });
    expect(view.bytes).toBeGreaterThan(6 * 1024 * 1024);
  });

  // The form the issue saw fail: 10,000 guides as JSON.
  test('JSON: an array of every guide, as an import reads it', async () => {
    const view = await exportGuides(deps(), 'json', profileOffices(DEMO_BUREAU));

    const { text } = await downloadExport({ status: 200, body: { data: view } });
    const parsed = JSON.parse(text) as Array<{ code: string }>;
    expect(parsed).toHaveLength(MANY);
    expect(parsed[0]).toEqual(guides[0]!.draft);
    expect(view).toMatchObject({ rows: MANY, bytes: new TextEncoder().encode(text).length });
    expect(view.bytes).toBeGreaterThan(6 * 1024 * 1024);
  });
});

describe('the link', () => {
  test('is signed for ten minutes under exports/, and says when it expires', async () => {
    const before = Date.now();
    const { view } = await downloadExport(await app.call('exportAudit', { token: admin }));

    const url = new URL(view.url);
    expect(url.pathname).toMatch(/^\/media\/exports\/[0-9a-f-]{36}\.csv$/);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('600');
    const expiresAt = Date.parse(view.expiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 600_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 600_000);
    expect(view.fileName).toMatch(/^审计日志-\d{4}-\d{2}\.csv$/);
  });
});
