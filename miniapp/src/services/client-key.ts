/**
 * A key for one submission (a form, a subscription prompt), made once: every retry of it sends the
 * same key, so a lost answer and a second tap never store it twice. (WeChat has no crypto.randomUUID.)
 */
export function newClientKey(): string {
  const random = Array.from({ length: 4 }, () => Math.random().toString(36).slice(2, 10)).join('');
  return `${Date.now().toString(36)}-${random}`.slice(0, 48);
}
