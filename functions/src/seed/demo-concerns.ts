import type { Concern, ConcernStore } from '../ports/concern-store';
import { SYSTEM_ACTOR } from '../domain/identity/actor';
import { outcomesAtClose } from '../domain/concerns/clocks';

/**
 * One closed 一般关切, answered on time, so the staff's closed list, a concern's public page and the
 * year's figures have something to show. Not an open major one: its banner would show on every
 * page for ever. Its answer is the demo notice on the Spring Festival opening hours (N001),
 * published 18 hours after residents began asking, within the 48 hours.
 */
const opened: Concern = {
  id: '01H0000000DEM00000000CN001',
  title: '群众询问春节期间能否办理户籍、出入境业务',
  summary: '（演示数据）春节前多名群众来电询问假期窗口是否办公、急需证明如何办理。',
  level: 'general',
  office: 'population',
  officeName: '人口管理大队',
  arisenAt: '2024-02-04T08:00:00.000Z',
  openedAt: '2024-02-04T08:30:00.000Z',
  openedBy: { userId: 'system', name: '演示管理员' },
  assignees: [{ userId: 'system', name: '演示管理员' }],
  status: 'open',
  entries: [
    {
      itemId: '01H0000000DEM000000000N001',
      kind: 'notice',
      entry: 'first_release',
      title: '春节期间户籍、出入境窗口办公时间调整的公告',
      publishedAt: '2024-02-05T02:00:00.000Z',
    },
  ],
  firstReleaseAt: '2024-02-05T02:00:00.000Z',
  rev: 1,
};
const closedAt = '2024-02-05T06:00:00.000Z';
const closedConcern: Concern = {
  ...opened,
  status: 'closed',
  closedAt,
  statement:
    '（演示数据）分局已发布春节期间窗口办公时间调整公告，急需临时身份证明的群众可拨打值班电话预约办理。',
  rev: 2,
};
export const DEMO_CONCERN: Concern = { ...closedConcern, outcomes: outcomesAtClose(closedConcern) };

/** Open and close the demo concern unless it is there (idempotent, like every seed). */
export async function seedDemoConcerns(
  store: Pick<ConcernStore, 'get' | 'open' | 'save'>,
): Promise<boolean> {
  if (await store.get(DEMO_CONCERN.id)) return false;
  const audit = (action: 'concern.open' | 'concern.close', at: string, suffix: string) => ({
    id: `${DEMO_CONCERN.id.slice(0, 22)}${suffix}`,
    at,
    actorId: SYSTEM_ACTOR.userId,
    actorName: '演示管理员',
    roles: [],
    action,
    itemType: 'concern' as const,
    itemId: DEMO_CONCERN.id,
    summary: `演示数据：${DEMO_CONCERN.title}`,
  });
  await store.open(opened, audit('concern.open', opened.openedAt, 'A001'));
  await store.save(DEMO_CONCERN, audit('concern.close', closedAt, 'A002'));
  return true;
}
