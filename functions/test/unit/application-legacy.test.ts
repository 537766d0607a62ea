import { OUTCOMES } from '@sunshine/shared';
import {
  LEGACY_REPLY_KINDS,
  LEGACY_REPLY_OUTCOMES,
  upgradeLegacyApplication,
} from '../../src/adapters/dynamo/application-legacy';
import type { StoredApplication } from '../../src/ports/application-store';

const BY = { userId: 'u-discloser', displayName: '赵办理' };

/** A case as stored before the report's terms: no category, a reply kind, a closing without outcome. */
const legacy = (patch: Record<string, unknown>) =>
  ({
    id: '01JLEGACY00000000000000001',
    applicantId: 'u-resident',
    receivedAt: '2025-03-03T02:00:00.000Z',
    applicant: { type: 'person', name: '李明', legalRepresentative: '', contactPerson: '' },
    identity: { type: 'resident_id', masked: '1*************002X' },
    contact: { phone: '13800000000', address: '', postcode: '', email: '' },
    description: '2024 年统计数据',
    purpose: '',
    delivery: { form: 'paper', method: 'pickup' },
    status: 'replied',
    version: 2,
    heldForCheck: false,
    events: [{ type: 'received', on: '2025-03-03', at: '2025-03-03T02:00:00.000Z' }],
    dueApproximate: false,
    ...patch,
  }) as unknown as StoredApplication;

describe('records from before the report’s terms', () => {
  test.each([
    ['provided', 'disclosed', false],
    ['already_public', 'disclosed', true],
    ['refused', 'other_other', false],
    ['not_exist', 'unavailable_not_held', false],
    ['not_held', 'unavailable_not_held', false],
    ['repeated', 'not_handled_repeated', false],
    ['special_regime', 'other_other', false],
  ] as const)('a reply of kind %s reads as %s', (kind, outcome, alreadyPublic) => {
    const reply = { kind, text: '答复', detail: '说明', on: '2025-03-10', by: BY };

    const upgraded = upgradeLegacyApplication(legacy({ reply }));

    expect(upgraded.reply).toEqual({
      outcome,
      basis: '',
      alreadyPublic,
      text: '答复',
      detail: '说明',
      on: '2025-03-10',
      by: BY,
    });
  });

  test('the table covers every old kind, each with a report row', () => {
    expect(Object.keys(LEGACY_REPLY_OUTCOMES).sort()).toEqual([...LEGACY_REPLY_KINDS].sort());
    for (const outcome of Object.values(LEGACY_REPLY_OUTCOMES)) expect(OUTCOMES).toContain(outcome);
  });

  test('a closing for want of a correction reads as other_uncorrected', () => {
    const closed = {
      type: 'closed',
      on: '2025-03-20',
      at: '2025-03-20T02:00:00.000Z',
      note: '',
      by: BY,
    };

    const upgraded = upgradeLegacyApplication(legacy({ status: 'closed', events: [closed] }));

    expect(upgraded.events).toEqual([{ ...closed, outcome: 'other_uncorrected', basis: '' }]);
  });

  test.each([
    ['person', 'natural_person'],
    ['organization', 'other_organization'],
  ] as const)('an applicant of type %s without a category counts as %s', (type, category) => {
    const upgraded = upgradeLegacyApplication(
      legacy({ applicant: { type, name: '某', legalRepresentative: '', contactPerson: '' } }),
    );

    expect(upgraded.applicantCategory).toBe(category);
  });

  test('a current record passes unchanged', () => {
    const current = legacy({
      applicantCategory: 'research',
      reply: {
        outcome: 'partly_disclosed',
        basis: '条例第三十七条',
        alreadyPublic: false,
        text: '部分公开',
        detail: '第二部分涉及第三方',
        on: '2025-03-10',
        by: BY,
      },
    });

    expect(upgradeLegacyApplication(current)).toEqual(current);
  });
});
