import { useEffect, useState } from 'react';
import { profileOffices, type BureauProfile, type OfficeOption } from '@sunshine/shared';
import { bureauRequested, knownBureau, loadBureau, onBureauChange } from '../services/bureau';

/**
 * The bureau's profile as known now (this session's read, or the copy kept on the phone), updated
 * when it arrives or an admin saves it. It reads nothing itself.
 */
export function useKnownBureau(): BureauProfile | undefined {
  const [profile, setProfile] = useState(knownBureau);
  useEffect(() => onBureauChange(() => setProfile(knownBureau())), []);
  return profile;
}

/**
 * The bureau's offices as known now (the built-in list until the profile is known). `wanted`:
 * 'list' reads the profile once this session (a picker offers every office); ids read it only
 * when one of them is not among the offices known (an office added since), so the demo's lists
 * and the first screen cost no request.
 */
export function useOffices(wanted: 'list' | readonly string[] = []): OfficeOption[] {
  const offices = profileOffices(useKnownBureau());
  const read =
    !bureauRequested() &&
    (wanted === 'list' || wanted.some((id) => !offices.some((office) => office.id === id)));
  useEffect(() => {
    if (read) void loadBureau().catch(() => undefined);
  }, [read]);
  return offices;
}
