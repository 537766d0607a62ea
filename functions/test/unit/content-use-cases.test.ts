import { systemClock } from '../../src/ports/clock';
import { getPublishedContent } from '../../src/domain/content/get-published';
import { listPublishedContent } from '../../src/domain/content/list-published';
import { NotFoundError, ValidationError } from '../../src/commons/errors';
import { InMemoryContentStore } from '../support/in-memory-content-store';
import { aDocument, anInterpretation, testId } from '../support/interpretations';

describe('listPublishedContent', () => {
  test('returns the page of the asked kind the store gives, newest first', async () => {
    const store = new InMemoryContentStore().put(
      anInterpretation({ id: testId(1), publishedAt: '2023-01-01T00:00:00.000Z' }),
      anInterpretation({ id: testId(2), publishedAt: '2023-02-01T00:00:00.000Z' }),
      aDocument({ id: testId(3) }),
    );

    const page = await listPublishedContent(store, { kind: 'interpretation', limit: 10 });

    expect(page.items.map((item) => item.id)).toEqual([testId(2), testId(1)]);
  });

  test('passes the one facet asked for to the store', async () => {
    const store = new InMemoryContentStore().put(
      aDocument({ id: testId(1), office: 'traffic' }),
      aDocument({ id: testId(2), office: 'legal' }),
    );

    const page = await listPublishedContent(store, {
      kind: 'document',
      office: 'traffic',
      limit: 10,
    });

    expect(page.items.map((item) => item.id)).toEqual([testId(1)]);
  });

  test('turns a cursor the store cannot read into a validation error on the cursor field', async () => {
    const result = listPublishedContent(new InMemoryContentStore(), {
      kind: 'interpretation',
      limit: 10,
      cursor: 'not-a-number',
    });

    await expect(result).rejects.toBeInstanceOf(ValidationError);
    await expect(result).rejects.toMatchObject({ status: 400, fields: [{ field: 'cursor' }] });
  });
});

describe('getPublishedContent', () => {
  test('returns the published item with its documents and related items', async () => {
    const store = new InMemoryContentStore().put(anInterpretation({ id: testId(3) }));

    const view = await getPublishedContent(store, systemClock, testId(3));

    expect(view).toMatchObject({
      item: { id: testId(3), kind: 'interpretation' },
      documents: [],
      related: [],
    });
  });

  test('answers 410 with the public reason for a withdrawn item', async () => {
    const store = new InMemoryContentStore();
    store.items.set(testId(4), {
      ...aDocument({ id: testId(4) }),
      withdrawal: { reason: '已被新文件取代', at: '2023-06-01T02:00:00.000Z' },
    });

    await expect(getPublishedContent(store, systemClock, testId(4))).rejects.toMatchObject({
      status: 410,
      message: expect.stringContaining('已被新文件取代'),
    });
  });

  test('answers not found for an unknown id', async () => {
    await expect(
      getPublishedContent(new InMemoryContentStore(), systemClock, testId(9)),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  test('answers not found for a malformed id without reading the store', async () => {
    const store = new InMemoryContentStore();

    await expect(getPublishedContent(store, systemClock, '../../etc/passwd')).rejects.toMatchObject(
      { status: 404 },
    );
    expect(store.calls).toEqual([]);
  });
});
