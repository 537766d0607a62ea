import {
  profileOffices,
  type BureauProfile,
  type BureauProfileInput,
  type OfficeOption,
} from '@sunshine/shared';
import { ApiError } from './api-error';
import { call } from './request';

/**
 * The bureau's profile (name, offices, disclosure office, remedies): read once per session and
 * kept, as it changes rarely. Cards and bodies name offices from what is kept (officeNames), so
 * showing a list never waits for it or costs a request; the app reads it at launch.
 */
let profile: Promise<BureauProfile> | undefined;
let known: BureauProfile | undefined;
const listeners = new Set<() => void>();

function remember(saved: BureauProfile) {
  known = saved;
  profile = Promise.resolve(saved);
  listeners.forEach((listener) => listener());
}

export function loadBureau(): Promise<BureauProfile> {
  profile ??= call('getBureau').then(
    (read) => {
      remember(read);
      return read;
    },
    (error: unknown) => {
      profile = undefined; // a failed read is tried again next time
      throw error;
    },
  );
  return profile;
}

/**
 * The profile as saved now, for the admin about to edit it (not the session's copy: someone may
 * have saved since); undefined before the first save.
 */
export async function fetchBureau(): Promise<BureauProfile | undefined> {
  try {
    const read = await call('getBureau');
    remember(read);
    return read;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}

/** The profile as known now: undefined until the launch read arrives (or if it failed). */
export const knownBureau = (): BureauProfile | undefined => known;

/** The offices as known now: the profile's once read, else the built-in list. */
export const knownOffices = (): OfficeOption[] => profileOffices(known);

/** Be told when the profile arrives or an admin saved a new one. */
export function onBureauChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** An admin saves the whole profile over the version read; the session then shows it everywhere. */
export async function saveBureau(input: BureauProfileInput): Promise<BureauProfile> {
  const saved = await call('saveBureau', { body: input });
  remember(saved);
  return saved;
}

/** For tests: as at launch, nothing read. */
export function forgetBureau() {
  profile = undefined;
  known = undefined;
}
