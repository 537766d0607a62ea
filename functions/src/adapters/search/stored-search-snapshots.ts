import type { SearchSnapshot, SearchSnapshots } from '../../ports/search';

/** The pointer to the newest snapshot (DynamoSearchSnapshotPointer). */
interface Pointer {
  read(consistent?: boolean): Promise<{ version: number; previous?: number } | undefined>;
  move(version: number): Promise<{ version: number; previous?: number } | false | undefined>;
}

/** Private object storage (SignedS3Objects). */
interface Objects {
  get(key: string): Promise<Uint8Array | undefined>;
  put(key: string, body: Uint8Array): Promise<void>;
  delete(key: string): Promise<void>;
}

/**
 * Snapshots as objects of their own, one per watermark version (`search-index/<version>.idx`,
 * never overwritten by another version's), and a pointer to the newest that only moves forward:
 * S3 has no conditional PUT a local s3rver also knows, and a version in the key makes a late
 * writer of an older snapshot harmless (it writes its own key; the pointer refuses it). The object
 * before the newest is kept for a cold start that read the pointer just before it moved; the one
 * before that is deleted as the pointer moves on.
 *
 * An object is `SSN` + format byte | u32 header length | header JSON (`watermarkVersion`,
 * `held`) | padding to 8 bytes | the engine's own bytes (with their own format byte).
 */
export const SNAPSHOT_FORMAT = 1;
const MAGIC = [0x53, 0x53, 0x4e]; // "SSN"
/** Where they are kept; the grants name it (serverless.yml `searchSnapshotRead`/`Write`). */
const PREFIX = 'search-index/';

export function encodeSnapshot({ watermarkVersion, held, engine }: SearchSnapshot): Uint8Array {
  const header = Buffer.from(JSON.stringify({ watermarkVersion, held }), 'utf8');
  const start = Math.ceil((8 + header.length) / 8) * 8;
  const bytes = new Uint8Array(start + engine.length);
  bytes.set([...MAGIC, SNAPSHOT_FORMAT]);
  new DataView(bytes.buffer).setUint32(4, header.length, true);
  bytes.set(header, 8);
  bytes.set(engine, start);
  return bytes;
}

/** The snapshot, or undefined for bytes of another format or cut short. */
export function decodeSnapshot(bytes: Uint8Array): SearchSnapshot | undefined {
  if (bytes.length < 8 || MAGIC.some((byte, i) => bytes[i] !== byte)) return undefined;
  if (bytes[3] !== SNAPSHOT_FORMAT) return undefined;
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  const start = Math.ceil((8 + length) / 8) * 8;
  if (start > bytes.length) return undefined;
  try {
    const { watermarkVersion, held } = JSON.parse(
      Buffer.from(bytes.buffer, bytes.byteOffset + 8, length).toString('utf8'),
    ) as Omit<SearchSnapshot, 'engine'>;
    if (!Number.isInteger(watermarkVersion) || !Array.isArray(held)) return undefined;
    return { watermarkVersion, held, engine: bytes.subarray(start) };
  } catch {
    return undefined;
  }
}

export class StoredSearchSnapshots implements SearchSnapshots {
  constructor(
    private readonly pointer: Pointer,
    private readonly objects: Objects,
    /** Tests that share one bucket keep apart under their own. */
    private readonly prefix = PREFIX,
  ) {}

  private keyOf(version: number) {
    return `${this.prefix}${version}.idx`;
  }

  async latest(): Promise<SearchSnapshot | undefined> {
    const pointer = await this.pointer.read();
    if (!pointer) return undefined;
    const bytes = await this.objects.get(this.keyOf(pointer.version));
    return bytes && decodeSnapshot(bytes);
  }

  async latestVersion(): Promise<number> {
    return (await this.pointer.read(true))?.version ?? 0;
  }

  async save(snapshot: SearchSnapshot): Promise<boolean> {
    const key = this.keyOf(snapshot.watermarkVersion);
    await this.objects.put(key, encodeSnapshot(snapshot));
    const replaced = await this.pointer.move(snapshot.watermarkVersion);
    if (replaced === false) {
      // Unless a writer of the same version wrote this very key and a pointer names it, it is an orphan.
      const now = await this.pointer.read(true);
      if (now?.version !== snapshot.watermarkVersion && now?.previous !== snapshot.watermarkVersion)
        await this.objects.delete(key);
      return false;
    }
    if (replaced?.previous !== undefined) await this.objects.delete(this.keyOf(replaced.previous));
    return true;
  }
}
