import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_VERSION, ensureDataVersion } from '../lib/data-version.mjs';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'data-version-')), '.data');

describe('ensureDataVersion', () => {
  test('marks a new data directory with the current version and moves nothing', () => {
    const dbPath = fresh();

    expect(ensureDataVersion(dbPath)).toBeUndefined();
    expect(readFileSync(join(dbPath, 'data-version'), 'utf8').trim()).toBe(String(DATA_VERSION));
  });

  test('moves data of an older model aside, keeping it, and starts clean', () => {
    const dbPath = fresh();
    mkdirSync(dbPath);
    writeFileSync(join(dbPath, 'shared-local-instance.db'), 'old data');

    const movedTo = ensureDataVersion(dbPath) as string;

    expect(readFileSync(join(movedTo, 'shared-local-instance.db'), 'utf8')).toBe('old data');
    expect(existsSync(join(dbPath, 'shared-local-instance.db'))).toBe(false);
  });

  test('leaves data of the current version where it is', () => {
    const dbPath = fresh();
    ensureDataVersion(dbPath);
    writeFileSync(join(dbPath, 'shared-local-instance.db'), 'current');

    expect(ensureDataVersion(dbPath)).toBeUndefined();
    expect(readFileSync(join(dbPath, 'shared-local-instance.db'), 'utf8')).toBe('current');
  });
});
