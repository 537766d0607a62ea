import { useEffect, useState } from 'react';
import { profileOffices, type BureauProfile, type OfficeOption } from '@sunshine/shared';
import { knownBureau, onBureauChange } from '../services/bureau';

/**
 * The bureau's profile as known now (undefined until it arrives), updated when it does or when an
 * admin saves it. It reads nothing itself: the app reads the profile once at launch.
 */
export function useKnownBureau(): BureauProfile | undefined {
  const [profile, setProfile] = useState(knownBureau);
  useEffect(() => onBureauChange(() => setProfile(knownBureau())), []);
  return profile;
}

/** The bureau's offices as known now: the built-in list until the profile arrives. */
export function useOffices(): OfficeOption[] {
  return profileOffices(useKnownBureau());
}
