import { decodeCursor, encodeCursor, feedStartKey } from '../../src/adapters/dynamo/keys';
import { testId } from '../support/interpretations';

describe('feed cursors', () => {
  test('a cursor decodes to the position it was made from', () => {
    const cursor = encodeCursor('2023-05-01T02:00:00.000Z', testId(7));

    expect(decodeCursor(cursor)).toEqual({
      publishedAt: '2023-05-01T02:00:00.000Z',
      id: testId(7),
    });
  });

  test('a cursor is opaque: it shows neither the key prefix nor the id in clear', () => {
    const cursor = encodeCursor('2023-05-01T02:00:00.000Z', testId(7));

    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(testId(7));
  });

  test.each([
    ['random text', 'hello'],
    ['another shape encoded', Buffer.from('INTERP#x', 'utf8').toString('base64url')],
    [
      'a date without an id',
      Buffer.from('2023-05-01T02:00:00.000Z#', 'utf8').toString('base64url'),
    ],
  ])('%s decodes to nothing', (_, cursor) => {
    expect(decodeCursor(cursor)).toBeUndefined();
  });

  test('a start key stays in the partition of the query it continues', () => {
    const position = { publishedAt: '2023-05-01T02:00:00.000Z', id: testId(7) };

    expect(feedStartKey(position, { kind: 'interpretation' })).toMatchObject({
      feedPk: 'FEED#interpretation',
    });
    const byCategory = feedStartKey(position, {
      kind: 'document',
      facet: { name: 'category', value: 'service' },
    });
    expect(byCategory).toMatchObject({ categoryFeedPk: 'FEED#document#category#service' });
    expect(byCategory).not.toHaveProperty('feedPk');
    expect(
      feedStartKey(position, { kind: 'qa', facet: { name: 'office', value: 'traffic' } }),
    ).toMatchObject({ officeFeedPk: 'FEED#qa#office#traffic' });
  });
});
