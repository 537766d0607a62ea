import { addressHash } from '../../src/adapters/dynamo/submission-guard';

/**
 * An IPv6 subscriber is given a whole /64 (2⁶⁴ addresses): counted by the full address, one
 * owner escapes every per-address limit by changing the last bits. The /64 is counted instead.
 */
const KEY = new Uint8Array(32).fill(7);
const hash = (ip: string) => addressHash(KEY, ip);

test('two addresses of one IPv6 /64 are counted as one address', () => {
  expect(hash('2001:db8:1234:5678::1')).toBe(hash('2001:db8:1234:5678:abcd:ef01:2345:6789'));
});

test('the same /64 written expanded, compressed or in capitals is one address', () => {
  expect(hash('2001:0DB8:1234:5678:0000:0000:0000:0001')).toBe(hash('2001:db8:1234:5678::2'));
});

test('addresses of two different /64s are counted apart', () => {
  expect(hash('2001:db8:1234:5678::1')).not.toBe(hash('2001:db8:1234:5679::1'));
});

test('an IPv4-mapped IPv6 address is counted as its IPv4 address', () => {
  expect(hash('::ffff:203.0.113.7')).toBe(hash('203.0.113.7'));
  expect(hash('::ffff:cb00:7107')).toBe(hash('203.0.113.7'));
});

test('two IPv4 addresses are counted apart', () => {
  expect(hash('203.0.113.7')).not.toBe(hash('203.0.113.8'));
});
