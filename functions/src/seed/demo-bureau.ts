import { BUREAU_NAME, DEFAULT_INDEX_FORMAT, OFFICE_LABELS, OFFICES } from '@sunshine/shared';
import type { BureauProfile } from '@sunshine/shared';
import { auditEntry, type AuditDeps } from '../domain/audit/entry';
import { SYSTEM_ACTOR } from '../domain/identity/actor';
import type { BureauStore } from '../ports/bureau-store';

/** Where the demo offices sit: the branch's main building and the two offices residents visit most. */
const MAIN_BUILDING = '长治市上党区府前街 8 号（演示地址）';
const WEEKDAYS = '周一至周五 8:30–12:00，14:30–17:30（法定节假日除外）';

const office = (id: (typeof OFFICES)[number], address: string, hours: string, phone: string) => ({
  id,
  name: OFFICE_LABELS[id],
  address,
  hours,
  phone,
});

/**
 * The demo bureau's profile (演示数据): the branch's real name, its nine offices with the ids items
 * already store, and made-up addresses, telephones and a credit code that passes GB 32100-2015's
 * check (11 = 机关, 140404 = 上党区) but is no real body's. An admin's first save replaces it.
 * The remedies follow 行政复议法 (2023) art. 24: a city department's district branch (派出机构) may be
 * reviewed by the district's government; the court is to be checked against the city's 集中管辖.
 */
export const DEMO_BUREAU: BureauProfile = {
  name: BUREAU_NAME,
  creditCode: '11140404000000001L',
  indexFormat: DEFAULT_INDEX_FORMAT,
  offices: [
    office('general', MAIN_BUILDING, WEEKDAYS, '0355-5550101'),
    office('legal', MAIN_BUILDING, WEEKDAYS, '0355-5550102'),
    office('public-order', MAIN_BUILDING, WEEKDAYS, '0355-5550103'),
    office(
      'population',
      '长治市上党区政务服务中心一楼公安窗口（演示地址）',
      '周一至周五 9:00–17:00，周六 9:00–12:00（户籍业务）',
      '0355-5550104',
    ),
    office(
      'exit-entry',
      '长治市上党区政务服务中心一楼出入境窗口（演示地址）',
      '周一至周六 9:00–17:00（法定节假日除外）',
      '0355-5550105',
    ),
    office('traffic', '长治市上党区荫城路 1 号（演示地址）', WEEKDAYS, '0355-5550106'),
    office('cyber', MAIN_BUILDING, WEEKDAYS, '0355-5550107'),
    office('criminal', MAIN_BUILDING, WEEKDAYS, '0355-5550108'),
    office('command', MAIN_BUILDING, '全天 24 小时（紧急求助请拨打 110）', '0355-5550110'),
  ],
  disclosureOffice: {
    name: '长治市公安局上党分局政府信息公开办公室（设在分局办公室）',
    address: MAIN_BUILDING,
    postcode: '047100',
    hours: WEEKDAYS,
    phone: '0355-5550100',
    fax: '0355-5550199',
    online: '本小程序「依申请公开」；电子邮箱 gongkai@example.cn（演示）',
  },
  remedies: {
    reviewOrgan: '长治市上党区人民政府',
    court: '长治市上党区人民法院',
  },
  demo: true,
};

/**
 * Save the demo profile unless a profile is there (an admin's, or an earlier seed's): first, so
 * the 索引号 the seed's backfill gives carry its credit code.
 */
export async function seedDemoBureau(
  deps: AuditDeps & { bureau: BureauStore },
  profile: BureauProfile = DEMO_BUREAU,
): Promise<'saved' | 'existing'> {
  if (await deps.bureau.get()) return 'existing';
  const outcome = await deps.bureau.save(
    { ...profile, updatedAt: deps.clock.now().toISOString() },
    undefined,
    auditEntry(deps, SYSTEM_ACTOR, 'bureau.update', undefined, `录入演示机关信息：${profile.name}`),
  );
  return outcome === 'saved' ? 'saved' : 'existing';
}
