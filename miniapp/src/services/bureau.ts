import Taro from '@tarojs/taro';
import {
  profileOffices,
  type BureauProfile,
  type BureauProfileInput,
  type OfficeOption,
} from '@sunshine/shared';
import { ApiError } from './api-error';
import { call } from './request';

/**
 * The bureau's profile (name, offices, disclosure office, remedies): read at most once per session,
 * by the pages that need it (the guide, the staff pages, a card naming an office the app does not
 * know), and kept on the phone, as it changes rarely. Cards and bodies name offices from what is
 * kept, so a list never waits for it, and the first screen stays one request.
 */
const STORAGE_KEY = 'sunshine.bureau';
let profile: Promise<BureauProfile> | undefined;
let known: BureauProfile | undefined;
let restored = false;
/** A read was tried this session: lists and cards do not try again (the guide's retry does). */
let attempted = false;
const listeners = new Set<() => void>();

function remember(saved: BureauProfile) {
  known = saved;
  restored = true;
  profile = Promise.resolve(saved);
  Taro.setStorageSync(STORAGE_KEY, saved);
  listeners.forEach((listener) => listener());
}

export function loadBureau(): Promise<BureauProfile> {
  attempted = true;
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

/** The profile as known now: read this session, or kept from an earlier one; else undefined. */
export function knownBureau(): BureauProfile | undefined {
  if (!restored) {
    restored = true;
    known = (Taro.getStorageSync(STORAGE_KEY) as BureauProfile | '') || undefined;
  }
  return known;
}

/** Whether this session has read, is reading or tried to read the profile. */
export const bureauRequested = () => attempted || profile !== undefined;

/** The offices as known now: the profile's once read, else the built-in list. */
export const knownOffices = (): OfficeOption[] => profileOffices(knownBureau());

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

/** For tests: as at a first launch, nothing read or kept. */
export function forgetBureau() {
  profile = undefined;
  known = undefined;
  restored = false;
  attempted = false;
  Taro.removeStorageSync(STORAGE_KEY);
}
