import { createHmac } from 'node:crypto';

/**
 * Source addresses are counted under a keyed hash (submission-guard.ts). Its key is not the
 * session-signing secret: rotating that secret (a leaked token key) must not reset or reveal the
 * address counts, and a key that signs sessions must not also key another use.
 */
const IP = '203.0.113.7';
const SESSION_SECRET = 'session-secret-for-this-test-0123456789';

/** The address hash the functions' container writes into a counter's key, under an environment. */
function addressHashUnder(env: Record<string, string>): string {
  const saved = { ...process.env };
  Object.assign(process.env, { TABLE_NAME: 'address-key-test', AWS_REGION: 'local', ...env });
  try {
    let pk = '';
    jest.isolateModules(() => {
      const { submissionGuard } =
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('../../src/wiring/submissions') as typeof import('../../src/wiring/submissions');
      const [, address] = submissionGuard().items(
        { userId: 'u-1', ip: IP },
        { perPersonPerHour: 10, perAddressPerHour: 30 },
        '2026-03-01T08:00:00.000Z',
      );
      pk = String(address?.Update?.Key?.pk);
    });
    return pk.replace(/^RATEIP#/, '');
  } finally {
    process.env = saved;
  }
}

test('rotating the session secret leaves an address hash unchanged', () => {
  const before = addressHashUnder({
    SESSION_SECRET,
    ADDRESS_SECRET: 'address-secret-for-this-test-0123456789',
  });
  const after = addressHashUnder({
    SESSION_SECRET: 'a-rotated-session-secret-0123456789abcdef',
    ADDRESS_SECRET: 'address-secret-for-this-test-0123456789',
  });

  expect(after).toMatch(/^[0-9a-f]{32}$/);
  expect(after).toBe(before);
});

test('an address hash is not keyed with the raw session secret, nor with the raw address secret', () => {
  const address = 'address-secret-for-this-test-0123456789';
  const hash = addressHashUnder({ SESSION_SECRET, ADDRESS_SECRET: address });

  expect(hash).not.toBe(createHmac('sha256', SESSION_SECRET).update(IP).digest('hex').slice(0, 32));
  expect(hash).not.toBe(createHmac('sha256', address).update(IP).digest('hex').slice(0, 32));
});
