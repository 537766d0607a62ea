import type { MediaKind } from '@sunshine/shared';

/** What the check of an upload found, kept once it passed: what a draft may show. */
export interface ConfirmedMedia {
  /** The key residents load it from (media/<id>.<ext>). */
  key: string;
  kind: MediaKind;
  contentType: string;
  size: number;
  confirmedAt: string;
  confirmedBy: string;
}

/**
 * Taking the check of one upload. Only a `won` claim may copy, check and confirm the file; the
 * others say who holds it, so a confirmation in progress and a finished one are never mistaken
 * for a claim of one's own.
 */
export type MediaClaim = { won: true } | { won: false; heldBy: 'checking' | 'confirmed' };

/** The record of checked uploads (DynamoDB): claimed once, then confirmed or given back. */
export interface MediaRecords {
  /** Claim the check of the file at `key`; at most one caller ever wins it while it is held. */
  claim(key: string, at: string): Promise<MediaClaim>;
  /** The won claim passed the check: the file is confirmed for good. */
  confirm(record: ConfirmedMedia): Promise<void>;
  /** The won claim failed the check: give it back, so a new upload of the same key may be checked. */
  release(key: string): Promise<void>;
  /** The confirmed files among these keys, each with its kind; unconfirmed and unknown keys are left out. */
  confirmedAmong(keys: readonly string[]): Promise<Map<string, MediaKind>>;
}
