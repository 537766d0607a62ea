import { createHash } from 'node:crypto';
import type { ClientKeyUse } from '../../src/ports/submission-guard';

/**
 * A client key's record keeps a fingerprint of what was sent, an application's identity number
 * included. Unkeyed, someone who knows the rest of the form confirms a guessed number offline by
 * hashing candidates; keyed server-side, they cannot.
 */
// Keys sorted and flat: its canonical text is JSON.stringify's.
const PAYLOAD = {
  description: '2024 年本区道路交通事故统计',
  identity: { number: '11010519491231002X', type: 'resident_id' },
  purpose: '学术研究',
};

/** The fingerprint the functions' container gives an application under an address secret. */
function fingerprintUnder(addressSecret: string): ClientKeyUse['fingerprint'] {
  const saved = { ...process.env };
  Object.assign(process.env, {
    TABLE_NAME: 'fingerprint-test',
    AWS_REGION: 'local',
    SESSION_SECRET: 'session-secret-for-this-test-0123456789',
    ADDRESS_SECRET: addressSecret,
  });
  try {
    let fingerprint = '';
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports */
      const { submissionGuard } =
        require('../../src/wiring/submissions') as typeof import('../../src/wiring/submissions');
      const { clientKeyUse } =
        require('../../src/domain/submissions/gate') as typeof import('../../src/domain/submissions/gate');
      /* eslint-enable @typescript-eslint/no-require-imports */
      fingerprint = clientKeyUse(submissionGuard(), 'application', PAYLOAD).fingerprint;
    });
    return fingerprint;
  } finally {
    process.env = saved;
  }
}

test("a payload's fingerprint is not its plain SHA-256", () => {
  const plain = createHash('sha256').update(JSON.stringify(PAYLOAD)).digest('base64url');

  expect(fingerprintUnder('address-secret-for-this-test-0123456789')).not.toBe(plain);
});

test("a payload's fingerprint differs under another key, and is the same under the same key", () => {
  const first = fingerprintUnder('address-secret-for-this-test-0123456789');

  expect(fingerprintUnder('another-address-secret-0123456789abcdef')).not.toBe(first);
  expect(fingerprintUnder('address-secret-for-this-test-0123456789')).toBe(first);
});
