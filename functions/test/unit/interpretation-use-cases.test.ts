import { getPublishedInterpretation } from '../../src/domain/interpretations/get-published';
import { listPublishedInterpretations } from '../../src/domain/interpretations/list-published';
import { NotFoundError, ValidationError } from '../../src/commons/errors';
import { InMemoryInterpretationStore } from '../support/in-memory-interpretation-store';
import { anInterpretation, testId } from '../support/interpretations';

describe('listPublishedInterpretations', () => {
  test('returns the page the store gives, newest first', async () => {
    const store = new InMemoryInterpretationStore();
    await store.putPublished(anInterpretation({ id: testId(1), publishedAt: '2023-01-01T00:00:00.000Z' }));
    await store.putPublished(anInterpretation({ id: testId(2), publishedAt: '2023-02-01T00:00:00.000Z' }));

    const page = await listPublishedInterpretations(store, { limit: 10 });

    expect(page.items.map((item) => item.id)).toEqual([testId(2), testId(1)]);
  });

  test('turns a cursor the store cannot read into a validation error on the cursor field', async () => {
    const store = new InMemoryInterpretationStore();

    const result = listPublishedInterpretations(store, { limit: 10, cursor: 'not-a-number' });

    await expect(result).rejects.toBeInstanceOf(ValidationError);
    await expect(result).rejects.toMatchObject({ status: 400, fields: [{ field: 'cursor' }] });
  });
});

describe('getPublishedInterpretation', () => {
  test('returns the published interpretation', async () => {
    const store = new InMemoryInterpretationStore();
    await store.putPublished(anInterpretation({ id: testId(3) }));

    const item = await getPublishedInterpretation(store, testId(3));

    expect(item.id).toBe(testId(3));
  });

  test('answers not found for an unknown id', async () => {
    const store = new InMemoryInterpretationStore();

    await expect(getPublishedInterpretation(store, testId(9))).rejects.toBeInstanceOf(NotFoundError);
  });

  test('answers not found for a malformed id without reading the store', async () => {
    const store = new InMemoryInterpretationStore();

    await expect(getPublishedInterpretation(store, '../../etc/passwd')).rejects.toMatchObject({ status: 404 });
    expect(store.calls).toEqual([]);
  });
});
