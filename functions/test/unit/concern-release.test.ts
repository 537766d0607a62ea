import type { PublishedContent } from '@sunshine/shared';
import { templateIdsFrom } from '../../src/config';
import { releaseFor } from '../../src/domain/notifications/release-for';
import { aNoticeDraft, aQaDraft } from '../support/drafts';
import { testId } from '../support/interpretations';

/** What a release attached to a concern announces, and to whom. */
const CONCERN = testId(40);
const published = <T extends object>(draft: T) =>
  ({
    ...draft,
    id: testId(41),
    publishedAt: '2026-12-07T02:00:00.000Z',
    updatedAt: '2026-12-07T02:00:00.000Z',
    demo: false,
  }) as unknown as PublishedContent;
const release = (content: PublishedContent, level?: 'major' | 'general') =>
  releaseFor(
    content,
    1,
    templateIdsFrom({}),
    testId(42),
    '2026-12-07T02:00:00.000Z',
    '出入境管理大队',
    { concernLevel: level },
  );

describe('the release of an item attached to a concern', () => {
  test("of a major concern goes to its followers and to 紧急通告's subscribers, in the urgent lane", () => {
    const notice = published(aNoticeDraft({ concern: { id: CONCERN, entry: 'first_release' } }));

    expect(release(notice, 'major')).toMatchObject({
      urgent: true,
      topics: [
        'urgent',
        `concern:${CONCERN}`,
        'category:service',
        'office:exit-entry',
        'topic:exit-entry',
      ],
    });
  });

  test('of a general concern goes to its followers, not to 紧急通告', () => {
    const notice = published(aNoticeDraft({ concern: { id: CONCERN, entry: 'update' } }));

    expect(release(notice, 'general')).toMatchObject({
      urgent: false,
      topics: [`concern:${CONCERN}`, 'category:service', 'office:exit-entry', 'topic:exit-entry'],
    });
  });

  test('of a Q&A goes to its followers too', () => {
    const qa = aQaDraft({ concern: { id: CONCERN, entry: 'rebuttal' } });

    expect(release(published(qa), 'general')?.topics).toContain(`concern:${CONCERN}`);
  });

  test('of no concern goes to no follower', () => {
    expect(release(published(aNoticeDraft()))?.topics.some((t) => t.startsWith('concern:'))).toBe(
      false,
    );
  });

  test('an urgent notice of a major concern names 紧急通告 once', () => {
    const notice = published(
      aNoticeDraft({ urgent: true, concern: { id: CONCERN, entry: 'first_release' } }),
    );

    expect(release(notice, 'major')?.topics.filter((topic) => topic === 'urgent')).toHaveLength(1);
  });
});
