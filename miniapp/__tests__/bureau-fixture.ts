import type { BureauProfile } from '@sunshine/shared';

/** A bureau other than the demo one, so a page that shows it cannot be reading hard-coded facts. */
export const otherBureau = (overrides: Partial<BureauProfile> = {}): BureauProfile => ({
  name: '平遥县公安局',
  creditCode: '11341702486344515H',
  indexFormat: '{creditCode}/{year}-{seq}',
  offices: [
    {
      id: 'general',
      name: '局办公室',
      address: '平遥县古陶镇政府街 1 号',
      hours: '工作日 8:00–12:00',
      phone: '0354-1111111',
    },
    {
      id: 'fire',
      name: '消防监督大队',
      address: '平遥县南大街 9 号',
      hours: '工作日全天',
      phone: '0354-2222222',
    },
  ],
  disclosureOffice: {
    name: '平遥县公安局政务公开办',
    address: '平遥县古陶镇政府街 1 号三楼',
    postcode: '031100',
    hours: '周一至周五 8:00–12:00',
    phone: '0354-3333333',
    fax: '',
    online: 'gk@pingyao.example.cn',
  },
  remedies: { reviewOrgan: '平遥县人民政府', court: '平遥县人民法院' },
  updatedAt: '2026-03-04T16:30:00.000Z',
  ...overrides,
});
