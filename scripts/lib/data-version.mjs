// The local database keeps its data between runs. When a change to the data model makes old local
// data unreadable (new key formats, new indexes), DATA_VERSION goes up and the old directory is
// moved aside, never deleted, so `npm start` starts clean and says where the old data went.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** 2: one CONTENT#<id> partition per item of any kind, feeds by kind, office and topic. */
export const DATA_VERSION = 2;

/** Make dbPath hold data of the current version; answers where older data was moved, if any. */
export function ensureDataVersion(dbPath) {
  const marker = join(dbPath, 'data-version');
  const found = existsSync(marker)
    ? Number(readFileSync(marker, 'utf8').trim())
    : existsSync(dbPath)
      ? 1
      : DATA_VERSION;
  let movedTo;
  if (found !== DATA_VERSION) {
    movedTo = `${dbPath}-v${found}-${Date.now()}`;
    renameSync(dbPath, movedTo);
  }
  mkdirSync(dbPath, { recursive: true });
  writeFileSync(marker, `${DATA_VERSION}\n`);
  return movedTo;
}
