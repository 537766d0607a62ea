import type { PublishedContent, PublishedGuide } from '@sunshine/shared';
import { templateIdsFrom } from '../../src/config';
import { announcement, guideChanges, releaseFor } from '../../src/domain/notifications/release-for';
import { releaseStatus } from '../../src/domain/notifications/views';
import {
  aConsultationDraft,
  aDocumentDraft,
  aDraft,
  aGuideDraft,
  anAnnualReportDraft,
  aNoticeDraft,
  aQaDraft,
} from '../support/drafts';

const NOW = '2026-12-07T02:30:00.000Z';
const published = <D extends object>(draft: D) =>
  ({ id: 'item-1', publishedAt: NOW, updatedAt: NOW, demo: false, ...draft }) as D &
    PublishedContent;
const guide = (overrides: Parameters<typeof aGuideDraft>[0] = {}) =>
  published(aGuideDraft(overrides)) as PublishedGuide;

describe('which publications are announced', () => {
  test.each([
    ['document', aDocumentDraft()],
    ['interpretation', aDraft()],
    ['qa', aQaDraft()],
    ['notice', aNoticeDraft()],
    ['guide', aGuideDraft()],
    ['consultation', aConsultationDraft()],
    ['annual_report', anAnnualReportDraft()],
  ])('the first publication of a %s, by its title', (_kind, draft) => {
    expect(announcement(published(draft), 1)).toBe(draft.title);
  });

  test('a document not proactively disclosed is not; a later version that discloses it is', () => {
    const withheld = published(aDocumentDraft({ disclosure: 'on_application' }));
    const disclosed = published(aDocumentDraft());
    expect(announcement(withheld, 1)).toBeUndefined();
    expect(announcement(disclosed, 2, withheld)).toBe(disclosed.title);
    expect(announcement(disclosed, 3, disclosed)).toBeUndefined();
  });

  test.each([
    ['interpretation', aDraft()],
    ['qa', aQaDraft()],
    ['notice', aNoticeDraft()],
    ['consultation', aConsultationDraft()],
    ['annual_report', anAnnualReportDraft()],
  ])('a later version of a %s is not announced again', (_kind, draft) => {
    expect(announcement(published(draft), 2, published(draft))).toBeUndefined();
  });
});

describe('a guide’s new version', () => {
  test('names what residents rely on that changed, in a fixed order', () => {
    const before = guide();
    const after = guide({
      fee: { free: false, amount: '每本 120 元', basis: '发改价格〔2017〕1186号' },
      materials: [{ name: '居民身份证', form: 'original', copies: 1, notes: '', online: false }],
    });
    expect(guideChanges(before, after)).toEqual(['收费', '申请材料']);
    expect(announcement(after, 2, before)).toBe('办事指南更新：居住证办理（收费、申请材料有变）');
  });

  test.each([
    ['承诺时限', '办理时限', { promisedDays: 5 }],
    ['法定时限', '办理时限', { statutoryDays: 20 }],
    ['法定时限按自然日', '办理时限', { statutoryCalendarDays: true }],
    ['地点', '办理地点', { address: '上党区政务服务中心二楼' }],
    [
      '办公时间',
      '办公时间',
      { hours: { days: [1, 2, 3, 4, 5, 6], spans: [{ start: '09:00', end: '17:00' }], notes: '' } },
    ],
  ] as const)('a change of its %s is announced as 「%s有变」', (_what, word, overrides) => {
    expect(guideChanges(guide(), guide(overrides as never))).toEqual([word]);
  });

  test('a cosmetic edit (wording, steps, FAQ, phone, map pin) announces nothing', () => {
    const after = guide({
      title: '居住证办理',
      eligibility: '在居住地居住满半年，且有合法稳定就业、住所或连续就读之一。',
      steps: [{ name: '申请', description: '到居住地派出所户籍窗口提交材料。' }],
      faq: [],
      enquiryPhone: '0355-6219999',
      location: { latitude: 36.051, longitude: 113.052 },
      short: '带身份证、照片和居住证明到派出所办理。',
    });
    expect(guideChanges(guide(), after)).toEqual([]);
    expect(announcement(after, 2, guide())).toBeUndefined();
  });

  test('neither the order a stored map’s keys come back in nor an absent optional field is a change', () => {
    const before = guide();
    const { days, spans, notes } = before.hours;
    const after = guide({
      hours: { notes, spans, days },
      fee: { free: true, amount: undefined } as never,
      materials: before.materials.map(({ online, notes, copies, form, name }) => ({
        online,
        notes,
        copies,
        form,
        name,
      })),
    });
    expect(guideChanges(before, after)).toEqual([]);
  });
});

describe('the release', () => {
  const templates = templateIdsFrom({});

  test('goes to the category, office and topic of the item, and urgent notices first when urgent', () => {
    const notice = published(aNoticeDraft({ urgent: true, category: 'result', topic: 'traffic' }));
    const release = releaseFor(notice, 1, templates, 'r-1', NOW, '出入境管理大队');
    expect(release).toMatchObject({
      title: notice.title,
      itemId: 'item-1',
      urgent: true,
      topics: ['urgent', 'category:result', 'office:exit-entry', 'topic:traffic'],
      message: {
        templateId: 'TPL_POLICY_RELEASE',
        page: 'pages/content/detail?id=item-1',
        data: { thing3: { value: '出入境管理大队' } },
      },
    });
  });

  test('a guide change is dated when it is published, and titled with what changed', () => {
    const before = guide();
    const after = guide({ promisedDays: 3 });
    const later = '2026-12-08T01:00:00.000Z';
    const release = releaseFor(after, 2, templates, 'r-2', later, '人口管理大队', {
      previous: before,
    })!;
    expect(release.title).toBe('办事指南更新：居住证办理（办理时限有变）');
    expect(release.topics).toEqual(['category:service', 'office:population', 'topic:household']);
    expect(release.message.data.time2!.value).toBe('2026年12月8日 09:00');
    expect(
      releaseFor(guide(), 2, templates, 'r-3', later, '人口管理大队', { previous: before }),
    ).toBeUndefined();
  });
});

describe('a consultation published before its first day', () => {
  const templates = templateIdsFrom({});

  test('is held until 08:00 China time that day, and staff see it waiting, not paused by a quota', () => {
    const consultation = published(
      aConsultationDraft({ opensOn: '2026-12-14', closesOn: '2027-01-20' }),
    );

    const release = releaseFor(consultation, 1, templates, 'r-1', NOW, '法制大队')!;

    expect(release.pausedUntil).toBe('2026-12-14T00:00:00.000Z');
    expect(releaseStatus(release, new Date(NOW))).toBe('scheduled');
    expect(releaseStatus(release, new Date('2026-12-14T00:00:01.000Z'))).toBe('dispatching');
  });

  test('one open already (today in China) is sent at once', () => {
    const consultation = published(aConsultationDraft({ opensOn: '2026-12-07' }));

    expect(releaseFor(consultation, 1, templates, 'r-2', NOW, '法制大队')!.pausedUntil).toBe(
      undefined,
    );
  });
});
