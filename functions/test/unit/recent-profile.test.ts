import type { BureauProfile } from '@sunshine/shared';
import { recentProfile } from '../../src/domain/bureau/offices';

const PROFILE = { name: '某分局' } as BureauProfile;

describe("public reads' copy of the bureau's profile", () => {
  test('is read once a minute per container, and a failed read is not kept', async () => {
    let now = 0;
    const get = jest
      .fn<Promise<BureauProfile | undefined>, []>()
      .mockRejectedValueOnce(new Error('throttled'))
      .mockResolvedValue(PROFILE);
    const profile = recentProfile({ get }, () => now);

    await expect(profile()).rejects.toThrow('throttled');
    expect(await profile()).toBe(PROFILE);
    now = 59_999;
    expect(await profile()).toBe(PROFILE);
    expect(get).toHaveBeenCalledTimes(2);
    now = 60_000;
    await profile();
    expect(get).toHaveBeenCalledTimes(3);
  });
});
