import type { PublishedNotice, PublishedQa } from '@sunshine/shared';
import { DEMO_IDS } from './demo-documents';

/** Standalone policy Q&A: the questions residents ask most, answered once for everyone. */
export const DEMO_QA: PublishedQa[] = [
  {
    kind: 'qa',
    id: '01H0000000DEM000000000Q001',
    title: '电动自行车上牌要带哪些材料？收费吗？',
    answer:
      '符合国家标准的电动自行车，车主带本人居民身份证、购车发票和产品合格证，到任一登记点即可办理，当场发放号牌和行驶证，不收取工本费。',
    category: 'service',
    office: 'traffic',
    topic: 'traffic',
    tags: ['电动自行车', '上牌', '免费'],
    documentIds: [DEMO_IDS.ebikeNotice],
    // The e-bike registration guide (demo-guides.ts): the answer points residents to it.
    guideIds: ['01H0000000DEM000000000G010'],
    publishedAt: '2023-04-23T02:00:00.000Z',
    updatedAt: '2023-04-23T02:00:00.000Z',
    demo: true,
  },
  {
    kind: 'qa',
    id: '01H0000000DEM000000000Q002',
    title: '我想了解分局的某项工作，没有在网上找到，怎么办？',
    answer:
      '分局主动公开的信息都在本小程序的政策文件和政策解读栏目中。没有主动公开的，您可以提出政府信息公开申请，写明需要的信息和用途，分局自收到申请之日起20个工作日内答复；需要延长的，会告知您延长的理由，延长期限最长不超过20个工作日。',
    category: 'decision',
    office: 'general',
    topic: 'transparency',
    tags: ['依申请公开', '答复时限'],
    documentIds: [DEMO_IDS.workPlan],
    guideIds: [],
    publishedAt: '2023-05-15T02:00:00.000Z',
    updatedAt: '2023-05-15T02:00:00.000Z',
    demo: true,
  },
  {
    kind: 'qa',
    id: '01H0000000DEM000000000Q003',
    title: '接到自称“公安局”的电话说我涉嫌洗钱，要我转账到“安全账户”，是真的吗？',
    answer:
      '是诈骗。公安机关不会通过电话办案，也没有所谓“安全账户”，更不会要求您转账。请立即挂断电话，不要转账；如已转账，请马上拨打110报警。',
    category: 'service',
    office: 'criminal',
    topic: 'anti-fraud',
    tags: ['电信诈骗', '安全账户'],
    documentIds: [],
    guideIds: [],
    publishedAt: '2023-06-10T02:00:00.000Z',
    updatedAt: '2023-06-10T02:00:00.000Z',
    demo: true,
  },
];

/** 权威发布: short notices; the urgent flag is what the notification pipeline sends first. */
export const DEMO_NOTICES: PublishedNotice[] = [
  {
    kind: 'notice',
    id: '01H0000000DEM000000000N001',
    title: '春节期间户籍、出入境窗口办公时间调整的公告',
    body: '2024年2月10日至17日（正月初一至初八），户籍、出入境窗口暂停现场办理，急需办理临时身份证明的群众可拨打值班电话预约。2月18日起恢复正常办公。',
    category: 'service',
    office: 'population',
    topic: 'household',
    urgent: false,
    publishedAt: '2024-02-05T02:00:00.000Z',
    updatedAt: '2024-02-05T02:00:00.000Z',
    demo: true,
  },
  {
    kind: 'notice',
    id: '01H0000000DEM000000000N002',
    title: '关于长治路与太行街路口交通管制的紧急通告（演示）',
    body: '因道路突发塌陷，长治路与太行街路口自即日起实行交通管制，车辆请绕行太行西街。恢复通行时间将另行发布。',
    category: 'execution',
    office: 'traffic',
    topic: 'traffic',
    urgent: true,
    publishedAt: '2024-07-02T09:00:00.000Z',
    updatedAt: '2024-07-02T09:00:00.000Z',
    demo: true,
  },
];
