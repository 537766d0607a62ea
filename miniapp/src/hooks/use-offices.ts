import { useEffect, useState } from 'react';
import type { OfficeOption } from '@sunshine/shared';
import { knownOffices, onBureauChange } from '../services/bureau';

/**
 * The bureau's offices as known now (the built-in list until the profile arrives), updated when it
 * does. It reads nothing itself: the app reads the profile once at launch.
 */
export function useOffices(): OfficeOption[] {
  const [offices, setOffices] = useState(knownOffices);
  useEffect(() => onBureauChange(() => setOffices(knownOffices())), []);
  return offices;
}
