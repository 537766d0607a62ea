import type { PublishedContent } from '@sunshine/shared';
import { WORK_PLAN_TEXT } from './work-plan-text';

/** Demo ids: fixed, so seeding twice writes nothing new and links stay stable. */
export const DEMO_IDS = {
  workPlan: '01H0000000DEM000000000D001',
  ebikeNotice: '01H0000000DEM000000000D002',
  oldAppointmentRules: '01H0000000DEM000000000D003',
  confidentialPlan: '01H0000000DEM000000000D004',
} as const;

/**
 * Demonstration policy documents. The work plan is the bureau's real, published plan (work-plan-text.ts), the
 * document the demo interpretation explains. One document is repealed, to show validity; one is
 * marked not disclosed, to show that such a record is kept for staff and never reaches residents.
 */
export const DEMO_DOCUMENTS: PublishedContent[] = [
  {
    kind: 'document',
    id: DEMO_IDS.workPlan,
    title: '贯彻落实《长治市上党区2023年度政务公开工作考核方案》工作方案',
    summary:
      '分局2023年度政务公开工作的实施方案：推进决策、执行、管理、服务、结果“五公开”，加强政策解读，回应社会关切，健全公开平台，强化组织领导。',
    category: 'decision',
    office: 'general',
    topic: 'transparency',
    number: '上公发〔2023〕12号',
    documentType: 'other',
    issuedAt: '2023-05-08',
    effectiveAt: '2023-05-08',
    validity: 'in_force',
    disclosure: 'proactive',
    body: WORK_PLAN_TEXT,
    attachments: [],
    publishedAt: '2023-05-10T02:00:00.000Z',
    updatedAt: '2023-05-10T02:00:00.000Z',
    demo: true,
  },
  {
    kind: 'document',
    id: DEMO_IDS.ebikeNotice,
    title: '长治市公安局上党分局关于做好电动自行车登记上牌工作的通告',
    summary:
      '电动自行车实行登记上牌管理：符合国家标准的车辆凭购车发票、合格证和身份证件登记，免收工本费；过渡期内的超标车辆发放临时号牌。',
    category: 'service',
    office: 'traffic',
    topic: 'traffic',
    number: '上公通〔2023〕3号',
    documentType: 'normative',
    issuedAt: '2023-04-20',
    effectiveAt: '2023-05-01',
    validity: 'in_force',
    disclosure: 'proactive',
    body: [
      '为加强电动自行车管理，预防和减少道路交通事故，保障人民群众生命财产安全，根据《中华人民共和国道路交通安全法》《山西省电动自行车管理条例》等规定，现就做好电动自行车登记上牌工作通告如下：',
      '一、自2023年5月1日起，在本辖区道路上行驶的电动自行车应当依法登记，取得号牌和行驶证后方可上道路行驶。',
      '二、符合《电动自行车安全技术规范》（GB 17761-2018）的电动自行车，车主凭本人居民身份证、购车发票和产品合格证，到任一登记点办理登记，当场发放号牌和行驶证，不收取工本费。',
      '三、本通告施行前购买、不符合国家标准的电动自行车，可在过渡期内申领临时号牌，过渡期满后不得上道路行驶。',
      '四、登记点地址、办公时间和咨询电话见分局政务公开栏目“办事指南”。',
      '特此通告。',
    ].join('\n'),
    attachments: [],
    publishedAt: '2023-04-22T02:00:00.000Z',
    updatedAt: '2023-04-22T02:00:00.000Z',
    demo: true,
  },
  {
    kind: 'document',
    id: DEMO_IDS.oldAppointmentRules,
    title: '长治市公安局上党分局户籍窗口预约办理暂行规定',
    summary: '户籍窗口预约办理的暂行规定，已被《公安政务服务延时错时预约服务实施办法》取代。',
    category: 'service',
    office: 'population',
    topic: 'household',
    number: '上公发〔2021〕5号',
    documentType: 'normative',
    issuedAt: '2021-03-01',
    effectiveAt: '2021-03-15',
    validity: 'repealed',
    repealedOn: '2023-03-20',
    disclosure: 'proactive',
    body: '一、户籍窗口实行工作日预约办理。\n二、群众可通过电话预约，预约成功后按约定时间到窗口办理。\n三、本规定自2021年3月15日起施行，2023年3月20日起废止。',
    attachments: [],
    publishedAt: '2021-03-05T02:00:00.000Z',
    updatedAt: '2023-03-20T02:00:00.000Z',
    demo: true,
  },
  {
    kind: 'document',
    id: DEMO_IDS.confidentialPlan,
    title: '分局重大活动安保工作内部方案（演示：不予公开）',
    summary: '涉及警力部署的内部工作方案，依法不予公开；只在工作人员端可见。',
    category: 'execution',
    office: 'command',
    topic: 'public-order',
    number: '上公内〔2023〕2号',
    documentType: 'other',
    issuedAt: '2023-06-01',
    validity: 'in_force',
    disclosure: 'not_disclosed',
    withholding: {
      ground: 'security_stability',
      basis: '《中华人民共和国政府信息公开条例》第十四条',
    },
    body: '（演示内容）本方案涉及警力部署和安保措施，依照《中华人民共和国政府信息公开条例》第十四条不予公开。',
    attachments: [],
    publishedAt: '2023-06-02T02:00:00.000Z',
    updatedAt: '2023-06-02T02:00:00.000Z',
    demo: true,
  },
];
