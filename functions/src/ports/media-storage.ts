/** Object storage for the media of interpretations and imported files (S3 in AWS, s3rver under `npm start`). */
export interface MediaStorage {
  /** A form POST that stores one object at exactly `key` (its signed policy names it), refused by storage if larger than maxBytes. */
  presignUpload(input: {
    key: string;
    contentType: string;
    maxBytes: number;
  }): Promise<{ url: string; fields: Record<string, string> }>;
  /** What was stored: its size, type and first bytes; undefined if nothing is there. */
  inspect(
    key: string,
  ): Promise<{ size: number; contentType: string; head: Uint8Array } | undefined>;
  /** Copy an object inside storage (no bytes through the function); false if nothing is at `from`. */
  copy(from: string, to: string): Promise<boolean>;
  remove(key: string): Promise<void>;
  /** Where residents load an object from. */
  publicUrl(key: string): string;
  /** The object's bytes from `offset` on, as they arrive (an S3 ranged read): never whole in memory. */
  read(key: string, offset: number): AsyncIterable<Uint8Array>;
}
