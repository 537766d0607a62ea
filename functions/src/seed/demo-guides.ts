import type { GuideDraft, PublishedGuide } from '@sunshine/shared';
import { DEMO_IDS } from './demo-documents';

/**
 * The demonstration service catalogue (办事指南): the services residents ask a district branch for
 * most. Fees, time limits and legal bases follow the national rules as commonly published; the
 * halls, their addresses, coordinates and phone numbers are made up for the demo.
 */

type Place = Pick<GuideDraft, 'address' | 'location' | 'hours'>;

const WEEKDAYS = [1, 2, 3, 4, 5];
const OFFICE_SPANS = [
  { start: '08:30', end: '12:00' },
  { start: '14:30', end: '17:30' },
];

/** Household, residence, certificates and special trades: one hall, several counters. */
const SERVICE_CENTRE: Place = {
  address: '长治市上党区太行西街168号 上党区政务服务中心一层公安综合窗口',
  location: { latitude: 36.0531, longitude: 113.0512 },
  hours: {
    days: WEEKDAYS,
    spans: OFFICE_SPANS,
    notes: '法定节假日休息，节假日期间的安排以分局公告为准。',
  },
};

/**
 * Saturday morning is in the note, not in `days`: the hours apply the same spans to every day, so
 * listing Saturday would show the hall open on Saturday afternoon, when it is not.
 */
const EXIT_ENTRY_HALL: Place = {
  address: '长治市上党区府前街66号 长治市公安局上党分局出入境接待大厅',
  location: { latitude: 36.0476, longitude: 113.0587 },
  hours: {
    days: WEEKDAYS,
    spans: OFFICE_SPANS,
    notes: '每周六上午 08:30—12:00 另开出入境证件受理窗口；法定节假日休息。',
  },
};

const VEHICLE_STATION: Place = {
  address: '长治市上党区长治路南段299号 上党分局交警大队车辆管理服务站',
  location: { latitude: 36.0398, longitude: 113.0443 },
  hours: {
    days: WEEKDAYS,
    spans: OFFICE_SPANS,
    notes: '车辆查验每日 17:00 截止；法定节假日休息。',
  },
};

const PHONES = {
  household: '0355-6212345',
  exitEntry: '0355-6212346',
  vehicles: '0355-6212347',
  publicOrder: '0355-6212348',
  complaints: '12345',
} as const;

const ONLINE = {
  exitEntry: 'https://s.nia.gov.cn/',
  traffic: 'https://sx.122.gov.cn/',
} as const;

export const DEMO_GUIDES: PublishedGuide[] = [
  {
    kind: 'guide',
    id: '01H0000000DEM000000000G001',
    title: '居民身份证申领、换领、补领',
    category: 'service',
    office: 'population',
    topic: 'household',
    code: '140404-GA-HZ-001',
    serviceKind: 'public_service',
    basis:
      '《中华人民共和国居民身份证法》第二条、第七条、第八条、第十条、第十一条、第十二条、第二十条。',
    eligibility:
      '常住户口在本区的中国公民：年满十六周岁的，应当自年满十六周岁之日起三个月内申请领取；未满十六周岁的，可以由监护人代为申请领取。居民身份证有效期满、姓名变更或者证件严重损坏不能辨认的，应当换领；丢失的，应当补领。户籍不在本区的居民，可按异地受理的规定在本区申请换领、补领。',
    refusalGrounds:
      '非本人申请，且不属于未满十六周岁由监护人代为申请的；无法核实申请人身份或户籍信息的；材料不齐全，经一次性告知后仍未补正的。',
    materials: [
      {
        name: '居民户口簿',
        form: 'original',
        copies: 1,
        notes:
          '首次申领和未满十六周岁申领的须交验；换领、补领时户籍信息可在系统中核验的，可不提交。',
        online: false,
      },
      {
        name: '原居民身份证',
        form: 'original',
        copies: 1,
        notes: '换领时交回原证；补领的无需提交。',
        online: false,
      },
      {
        name: '监护人居民身份证',
        form: 'original',
        copies: 1,
        notes: '未满十六周岁的，由监护人陪同办理并交验其身份证件。',
        online: false,
      },
      {
        name: '《居民身份证申领登记表》',
        form: 'original',
        copies: 1,
        notes: '由窗口现场录入打印，申请人核对后签名，无需自行准备。',
        online: false,
      },
    ],
    steps: [
      {
        name: '申请',
        description: '申请人本人到窗口提出申请，现场采集人像和指纹信息，无需自带照片。',
      },
      {
        name: '受理',
        description:
          '核验身份和户籍信息，材料齐全的当场受理并出具受理回执；材料不全的，一次性告知需要补正的内容。',
      },
      { name: '审核', description: '公安机关对申领信息进行审核，审核通过后上报制证。' },
      {
        name: '签发',
        description: '由常住户口所在地的县级人民政府公安机关签发，证件制作完成后发至受理窗口。',
      },
      {
        name: '送达',
        description: '申请人凭受理回执到窗口领取，也可在申请时选择邮寄送达。换领的须交回原证件。',
      },
    ],
    statutoryDays: 60,
    statutoryCalendarDays: true,
    promisedDays: 20,
    excludedSteps: '选择邮寄送达的，邮寄时间不计入办理时限。',
    fee: {
      free: false,
      amount: '每证20元；城市低保对象、农村特殊困难居民初次申领和换领的免收',
      basis:
        '《中华人民共和国居民身份证法》第二十条；国家发展改革委、财政部关于居民身份证收费标准的规定（发改价格〔2003〕2322号）。',
    },
    ...SERVICE_CENTRE,
    enquiryPhone: PHONES.household,
    complaintPhone: PHONES.complaints,
    visits: 2,
    faq: [
      {
        question: '身份证丢了要补办，急着坐火车怎么办？',
        answer:
          '可在申请补领的同时申请临时居民身份证（每证10元），见本栏目“临时居民身份证申领”。只为乘坐火车的，也可以通过铁路12306客户端申请电子临时身份证明。',
      },
      {
        question: '在外地工作，能在当地换领身份证吗？',
        answer:
          '可以。居民身份证换领、补领已实行异地受理，持户籍信息到工作地的受理点申请即可；首次申领须回常住户口所在地办理。',
      },
      {
        question: '未满十六周岁能办身份证吗？',
        answer: '可以自愿申领，由监护人陪同办理，证件有效期为五年。',
      },
    ],
    short:
      '本区常住户口居民首次申领、到期换领或丢失补办居民身份证，本人带户口簿（换领带原证）到政务服务中心公安综合窗口办理，现场采集照片和指纹。每证收费20元，低保等困难群众首次申领和换领免收。承诺20个工作日内发证，可到窗口领取或选择邮寄。急需用证的，可同时申请临时居民身份证。',
    documentIds: [],
    publishedAt: '2023-06-12T02:00:00.000Z',
    updatedAt: '2024-03-18T02:00:00.000Z',
    demo: true,
  },
  {
    kind: 'guide',
    id: '01H0000000DEM000000000G002',
    title: '居住证申领',
    category: 'service',
    office: 'population',
    topic: 'household',
    code: '140404-GA-HZ-002',
    serviceKind: 'public_service',
    basis: '《居住证暂行条例》（国务院令第663号）第二条、第八条、第九条、第十条、第二十一条。',
    eligibility:
      '离开常住户口所在地，到本区居住半年以上，并符合有合法稳定就业、合法稳定住所、连续就读条件之一的中国公民，可以申领居住证。未满十六周岁或者行动不便的，可以由监护人或近亲属代为申领。',
    refusalGrounds:
      '在本区居住未满半年的；不符合合法稳定就业、合法稳定住所、连续就读条件之一的；提供虚假证明材料的。',
    materials: [
      {
        name: '居民身份证',
        form: 'original',
        copies: 1,
        notes: '本人有效居民身份证；代为申领的，同时交验代办人的身份证件。',
        online: false,
      },
      {
        name: '本人近期相片',
        form: 'original',
        copies: 1,
        notes: '也可在窗口现场采集。',
        online: false,
      },
      {
        name: '居住地住址证明',
        form: 'both',
        copies: 1,
        notes: '房屋所有权证明、房屋租赁合同，或单位、学校出具的住宿证明，任选其一。',
        online: false,
      },
      {
        name: '就业或就读证明',
        form: 'both',
        copies: 1,
        notes: '劳动合同、营业执照或学校出具的在读证明，任选其一；以合法稳定住所申领的可不提交。',
        online: false,
      },
    ],
    steps: [
      {
        name: '申请',
        description: '本人到居住地派出所户籍窗口或政务服务中心公安综合窗口提交材料。',
      },
      {
        name: '受理',
        description: '材料齐全的当场受理并出具受理凭证；材料不全的，一次性告知需要补正的内容。',
      },
      {
        name: '审核',
        description: '核实居住时间和申领条件，符合条件的制作居住证；不符合的，书面告知理由。',
      },
      { name: '发放', description: '申请人凭受理凭证到受理窗口领取居住证。' },
    ],
    statutoryDays: 15,
    statutoryCalendarDays: true,
    promisedDays: 10,
    excludedSteps: '',
    fee: { free: true },
    ...SERVICE_CENTRE,
    enquiryPhone: PHONES.household,
    complaintPhone: PHONES.complaints,
    visits: 2,
    faq: [
      {
        question: '居住证每年都要签注吗？',
        answer:
          '是的。在居住地连续居住的，应当在居住每满1年之日前1个月内办理签注，签注不收费。逾期未签注的，居住证使用功能中止；补办签注后恢复，居住年限自补办之日起连续计算。',
      },
      {
        question: '居住证丢了，补办收费吗？',
        answer: '首次申领免收工本费；换领、补领须缴纳证件工本费，按本省的收费标准执行。',
      },
      {
        question: '持居住证能享受哪些服务？',
        answer:
          '在居住地依法享受劳动就业、参加社会保险、缴存和使用住房公积金等权利，并享受义务教育、基本公共就业服务、基本公共卫生服务、法律援助等基本公共服务。',
      },
    ],
    short:
      '离开户籍地到本区居住半年以上，有合法稳定就业、合法稳定住所或连续就读之一的，可以申领居住证。带身份证、住址证明和就业或就读证明，到居住地派出所或政务服务中心公安综合窗口办理。首次申领免费，承诺10个工作日内发证。此后每年签注一次，签注也不收费。',
    documentIds: [],
    publishedAt: '2023-06-12T02:05:00.000Z',
    updatedAt: '2023-06-12T02:05:00.000Z',
    demo: true,
  },
  {
    kind: 'guide',
    id: '01H0000000DEM000000000G003',
    title: '户口迁入（含准予迁入证明签发）',
    category: 'service',
    office: 'population',
    topic: 'household',
    code: '140404-GA-HZ-003',
    serviceKind: 'confirmation',
    basis:
      '《中华人民共和国户口登记条例》第十条、第十三条；《国务院关于进一步推进户籍制度改革的意见》（国发〔2014〕25号）。',
    eligibility:
      '符合本市落户政策的下列人员，可以申请将户口迁入本区：在本区有合法稳定住所（含经登记备案的租赁住所）的；夫妻投靠、子女投靠父母、父母投靠子女的；在本区就业或经认定引进的人才；被本区院校录取的学生。跨省迁移的，只需在迁入地提出申请，迁出手续由两地公安机关网上协同办理。',
    refusalGrounds: '不符合本市落户条件的；提供虚假材料的；申请人户口登记项目有误、须先行更正的。',
    materials: [
      {
        name: '申请人及随迁人员的居民身份证、居民户口簿',
        form: 'original',
        copies: 1,
        notes: '随迁人员每人各一份。',
        online: false,
      },
      {
        name: '合法稳定住所证明',
        form: 'both',
        copies: 1,
        notes: '房屋所有权证明或经登记备案的房屋租赁合同；投靠落户的，提交被投靠人的居民户口簿。',
        online: false,
      },
      {
        name: '亲属关系证明',
        form: 'both',
        copies: 1,
        notes: '投靠落户的提交结婚证、出生医学证明等；不属于投靠的无需提交。',
        online: false,
      },
      {
        name: '就业或就读证明',
        form: 'both',
        copies: 1,
        notes: '以就业、人才引进或升学落户的，提交劳动合同、引进证明或录取通知书。',
        online: false,
      },
      {
        name: '《户口迁移申请表》',
        form: 'original',
        copies: 1,
        notes: '窗口现场填写。',
        online: false,
      },
    ],
    steps: [
      { name: '申请', description: '申请人到政务服务中心公安综合窗口或迁入地派出所提交材料。' },
      {
        name: '受理',
        description: '材料齐全的当场受理并出具受理凭证；材料不全的，一次性告知需要补正的内容。',
      },
      { name: '审核', description: '派出所和人口管理大队审核落户条件，需要调查核实的进行核实。' },
      {
        name: '决定',
        description:
          '符合条件的签发准予迁入证明，跨省迁移的网上发起迁移，由迁出地公安机关协同办理迁出；不符合的，书面告知理由。',
      },
      {
        name: '落户',
        description:
          '申请人接到通知后到窗口办理入户，领取新的户口簿页；需要换领居民身份证的一并受理。',
      },
    ],
    statutoryDays: 0,
    statutoryCalendarDays: false,
    promisedDays: 5,
    excludedSteps: '需要调查核实的，核实时间和迁出地公安机关办理迁出的时间不计入办理时限。',
    fee: { free: true },
    ...SERVICE_CENTRE,
    enquiryPhone: PHONES.household,
    complaintPhone: PHONES.complaints,
    visits: 2,
    faq: [
      {
        question: '租房可以落户吗？',
        answer:
          '有经登记备案的合法租赁住所、符合本市落户政策的，可以申请落户。具体条件以本市现行落户政策为准，办理前可先电话咨询。',
      },
      {
        question: '外省户口迁过来，还要回老家开迁移证吗？',
        answer: '不用。跨省迁移在迁入地申请即可，迁出手续由两地公安机关网上协同办理。',
      },
    ],
    short:
      '符合本市落户政策的，可以把户口迁入本区：有合法稳定住所、投靠亲属、在本区就业或升学都可以申请。带身份证、户口簿和住所、亲属关系或就业证明到政务服务中心公安综合窗口办理，不收费。跨省迁移只需在迁入地申请，迁出手续由公安机关网上协同办理。材料齐全的，承诺5个工作日内办结。',
    documentIds: [],
    publishedAt: '2023-06-12T02:10:00.000Z',
    updatedAt: '2024-01-08T02:00:00.000Z',
    demo: true,
  },
  {
    kind: 'guide',
    id: '01H0000000DEM000000000G004',
    title: '出生登记',
    category: 'service',
    office: 'population',
    topic: 'household',
    code: '140404-GA-HZ-004',
    serviceKind: 'confirmation',
    basis:
      '《中华人民共和国户口登记条例》第七条；《国务院办公厅关于解决无户口人员登记户口问题的意见》（国办发〔2015〕96号）。',
    eligibility:
      '在本区出生或父母一方常住户口在本区的新生儿，可以随父或随母申报出生登记。婴儿出生后一个月以内，由户主、亲属或抚养人向常住地户口登记机关申报；超过一个月的，仍可凭相同材料申报。',
    refusalGrounds: '未能提供《出生医学证明》，也不能按规定提供亲子鉴定证明等替代材料的。',
    materials: [
      {
        name: '《出生医学证明》',
        form: 'original',
        copies: 1,
        notes: '由助产医疗机构签发，婴儿姓名须与申报的姓名一致。',
        online: false,
      },
      {
        name: '父母双方的居民户口簿',
        form: 'original',
        copies: 1,
        notes: '申报落户一方的户口簿必须提交。',
        online: false,
      },
      { name: '父母双方的居民身份证', form: 'original', copies: 1, notes: '', online: false },
      {
        name: '父母的结婚证',
        form: 'original',
        copies: 1,
        notes: '非必需：非婚生育的，凭《出生医学证明》和父或母一方的户口簿即可申报。',
        online: false,
      },
    ],
    steps: [
      { name: '申请', description: '父母一方或其他监护人携带材料到窗口申报。' },
      { name: '审核', description: '核对《出生医学证明》和父母的户籍信息。' },
      { name: '登记', description: '材料齐全、信息一致的当场登记，打印户口簿页交申请人。' },
    ],
    statutoryDays: 0,
    statutoryCalendarDays: false,
    promisedDays: 0,
    excludedSteps: '需要核查《出生医学证明》真伪的，核查时间不计入办理时限。',
    fee: { free: true },
    ...SERVICE_CENTRE,
    enquiryPhone: PHONES.household,
    complaintPhone: PHONES.complaints,
    visits: 1,
    faq: [
      { question: '孩子随父亲还是随母亲登记？', answer: '可以自愿选择随父或随母落户。' },
      {
        question: '孩子的名字写错了怎么办？',
        answer:
          '户口登记的姓名应与《出生医学证明》一致。出生医学证明上的姓名有误的，请先到签发的医疗机构更正，再来申报。',
      },
    ],
    short:
      '孩子出生后，父母一方带《出生医学证明》和父母双方的户口簿、身份证，到政务服务中心公安综合窗口申报出生登记，可以随父或随母落户。请在出生后一个月内申报，逾期的也可以补报。材料齐全的当场办结，不收费。非婚生育的，凭出生医学证明和父或母一方的户口簿即可申报。',
    documentIds: [],
    publishedAt: '2023-06-12T02:15:00.000Z',
    updatedAt: '2023-06-12T02:15:00.000Z',
    demo: true,
  },
  {
    kind: 'guide',
    id: '01H0000000DEM000000000G005',
    title: '无犯罪记录证明',
    category: 'service',
    office: 'public-order',
    topic: 'public-order',
    code: '140404-GA-ZA-001',
    serviceKind: 'public_service',
    basis:
      '《公安机关办理犯罪记录查询工作规定》（2021年）；《中华人民共和国刑事诉讼法》第二百八十六条。',
    eligibility:
      '中国公民可以申请查询本人有无犯罪记录，也可以委托他人代为查询，受托人应当具有完全民事行为能力。户籍地或居住地在本区的，可到政务服务中心公安综合窗口或户籍地、居住地派出所申请。',
    refusalGrounds:
      '申请人或受托人的身份不能核实的；委托材料不齐全的；查询他人犯罪记录且不符合法律、行政法规规定情形的。',
    materials: [
      {
        name: '居民身份证',
        form: 'original',
        copies: 1,
        notes: '申请人本人的有效身份证件。',
        online: false,
      },
      {
        name: '《犯罪记录查询申请表》',
        form: 'original',
        copies: 1,
        notes: '窗口现场填写。',
        online: false,
      },
      {
        name: '委托书',
        form: 'original',
        copies: 1,
        notes: '委托他人查询的提交，写明委托事项和用途。',
        online: false,
      },
      {
        name: '受托人居民身份证及委托人身份证件复印件',
        form: 'both',
        copies: 1,
        notes: '委托他人查询的提交。',
        online: false,
      },
    ],
    steps: [
      { name: '申请', description: '本人或受托人到受理窗口提出申请，现场核验身份。' },
      { name: '受理', description: '能当场办理的当场办理；不能当场办理的出具受理回执。' },
      {
        name: '查询',
        description: '查询犯罪记录信息；信息不完整、不清晰等需要调查核实的，经负责人批准后核实。',
      },
      {
        name: '出具',
        description:
          '未发现犯罪记录的出具《无犯罪记录证明》；发现犯罪记录的出具《不予出具无犯罪记录证明通知书》。犯罪时不满十八周岁、被判处五年有期徒刑以下刑罚的，依法出具《无犯罪记录证明》。',
      },
    ],
    statutoryDays: 3,
    statutoryCalendarDays: false,
    promisedDays: 1,
    excludedSteps: '需要调查核实的，调查核实时间不计入办理时限。',
    fee: { free: true },
    ...SERVICE_CENTRE,
    enquiryPhone: PHONES.publicOrder,
    complaintPhone: PHONES.complaints,
    visits: 1,
    faq: [
      {
        question: '有交通违法或治安处罚记录，能开无犯罪记录证明吗？',
        answer:
          '可以。无犯罪记录证明只反映犯罪记录，即人民法院生效裁判确认有罪的记录；行政处罚、交通违法不属于犯罪记录。',
      },
      {
        question: '人在外地，能委托家人办吗？',
        answer: '可以。受托人带委托书、本人身份证件和委托人身份证件复印件到受理窗口办理。',
      },
    ],
    short:
      '需要无犯罪记录证明的，本人带居民身份证到政务服务中心公安综合窗口或户籍地、居住地派出所申请，也可以委托他人代办。能当场办理的当场出具，不能当场办理的3个工作日内办结，不收费。证明只反映犯罪记录，行政处罚和交通违法不在其中。',
    documentIds: [],
    publishedAt: '2023-07-03T02:00:00.000Z',
    updatedAt: '2023-07-03T02:00:00.000Z',
    demo: true,
  },
  {
    kind: 'guide',
    id: '01H0000000DEM000000000G006',
    title: '普通护照签发（首次申领）',
    category: 'service',
    office: 'exit-entry',
    topic: 'exit-entry',
    code: '140404-GA-CRJ-001',
    serviceKind: 'license',
    basis:
      '《中华人民共和国护照法》第五条、第六条、第十条、第十三条；《中华人民共和国出境入境管理法》第九条。',
    eligibility:
      '中国公民因前往外国定居、探亲、学习、就业、旅行、从事商务活动等非公务原因出国的，可以申请普通护照。内地居民可在全国任一公安机关出入境管理窗口申请；未满十六周岁的，由监护人陪同申请。',
    refusalGrounds:
      '有《中华人民共和国护照法》第十三条规定情形之一的，不予签发：不具有中华人民共和国国籍的；无法证明身份的；在申请过程中弄虚作假的；被判处刑罚正在服刑的；人民法院通知有未了结的民事案件不能出境的；属于刑事案件被告人或者犯罪嫌疑人的；国务院有关主管部门认为出境后将对国家安全造成危害或者对国家利益造成重大损失的。',
    materials: [
      {
        name: '居民身份证',
        form: 'original',
        copies: 1,
        notes: '有效期内的居民身份证或临时居民身份证。',
        online: false,
      },
      {
        name: '《中国公民出入境证件申请表》',
        form: 'original',
        copies: 1,
        notes: '窗口现场填写，或由工作人员录入打印后签名。',
        online: false,
      },
      {
        name: '近期证件相片',
        form: 'original',
        copies: 1,
        notes: '须符合出入境证件相片标准，可在受理现场采集。',
        online: false,
      },
      {
        name: '监护关系证明和监护人身份证件',
        form: 'original',
        copies: 1,
        notes: '未满十六周岁的提交出生医学证明或户口簿等监护关系证明，监护人陪同并交验其身份证件。',
        online: false,
      },
      {
        name: '所在单位或上级主管单位的出境意见',
        form: 'original',
        copies: 1,
        notes: '登记备案的国家工作人员提交；其他申请人无需提交。',
        online: false,
      },
    ],
    steps: [
      { name: '预约', description: '可通过国家移民管理局政务服务平台预约，也可以直接到窗口取号。' },
      {
        name: '受理',
        description: '现场填表、采集相片，年满十六周岁的采集指纹；材料齐全的出具受理回执。',
      },
      { name: '审批', description: '出入境管理部门审查申请人的身份和出境条件。' },
      {
        name: '签发',
        description: '符合条件的签发普通护照：十六周岁以上的有效期十年，未满十六周岁的有效期五年。',
      },
      { name: '领取', description: '凭受理回执到窗口领取，也可以在申请时选择邮寄送达。' },
    ],
    statutoryDays: 15,
    statutoryCalendarDays: true,
    promisedDays: 7,
    excludedSteps: '需要调查核实的时间和邮寄时间不计入办理时限。',
    fee: {
      free: false,
      amount: '每本120元',
      basis: '国家发展改革委、财政部关于降低出入境证件收费标准的规定（自2019年7月1日起执行）。',
    },
    ...EXIT_ENTRY_HALL,
    enquiryPhone: PHONES.exitEntry,
    complaintPhone: PHONES.complaints,
    onlineUrl: ONLINE.exitEntry,
    visits: 2,
    faq: [
      {
        question: '护照快到期了怎么办？',
        answer:
          '护照有效期即将届满、签证页即将用完或者损毁的，可以申请换发，所需材料与首次申领基本相同，并交回原护照。',
      },
      {
        question: '有急事要出国，来不及怎么办？',
        answer:
          '因奔丧、探望危重病人、出国就医等紧急事由急需出境的，提供相关证明，可以申请加急办理。',
      },
    ],
    short:
      '因旅游、探亲、留学、商务等私人事务出国的，带居民身份证到出入境接待大厅申请普通护照，也可以在全国任一出入境窗口办理。现场采集相片和指纹，未满十六周岁的由监护人陪同。每本收费120元，承诺7个工作日内签发（法定15日）。可提前在国家移民管理局政务服务平台预约。',
    documentIds: [],
    publishedAt: '2023-07-20T02:00:00.000Z',
    updatedAt: '2024-05-06T02:00:00.000Z',
    demo: true,
  },
  {
    kind: 'guide',
    id: '01H0000000DEM000000000G007',
    title: '往来港澳通行证及签注签发',
    category: 'service',
    office: 'exit-entry',
    topic: 'exit-entry',
    code: '140404-GA-CRJ-002',
    serviceKind: 'license',
    basis:
      '《中华人民共和国出境入境管理法》第十条；《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》第六条、第九条。',
    eligibility:
      '内地居民因旅游、探亲、商务、学习、就业等非公务事由前往香港、澳门的，可以申请往来港澳通行证和相应签注；已持有效通行证的，可以单独申请签注。',
    refusalGrounds:
      '有法律、行政法规规定不准出境情形的；无法证明身份或者在申请过程中弄虚作假的；申请签注的事由与所提交的证明不符的。',
    materials: [
      {
        name: '居民身份证',
        form: 'original',
        copies: 1,
        notes: '有效期内的居民身份证或临时居民身份证。',
        online: false,
      },
      {
        name: '《中国公民出入境证件申请表》',
        form: 'original',
        copies: 1,
        notes: '窗口现场填写。',
        online: false,
      },
      {
        name: '近期证件相片',
        form: 'original',
        copies: 1,
        notes: '须符合出入境证件相片标准，可在受理现场采集。',
        online: false,
      },
      {
        name: '有效的往来港澳通行证',
        form: 'original',
        copies: 1,
        notes: '已持证、只申请签注的提交。',
        online: false,
      },
      {
        name: '签注事由证明',
        form: 'both',
        copies: 1,
        notes:
          '探亲签注提交亲属关系证明和港澳亲属的身份证明；商务签注提交单位出具的证明；个人旅游签注无需提交。',
        online: false,
      },
    ],
    steps: [
      {
        name: '申请',
        description: '到出入境接待大厅取号，同时申请通行证和签注，或持有效通行证只申请签注。',
      },
      {
        name: '受理',
        description:
          '现场填表、采集相片，材料齐全的出具受理回执；材料不全的，一次性告知需要补正的内容。',
      },
      { name: '审批', description: '出入境管理部门审查申请人的身份和签注事由。' },
      { name: '签发', description: '符合条件的签发电子往来港澳通行证和签注。' },
      { name: '领取', description: '凭受理回执到窗口领取，也可以在申请时选择邮寄送达。' },
    ],
    statutoryDays: 20,
    statutoryCalendarDays: false,
    promisedDays: 7,
    excludedSteps: '需要调查核实的时间和邮寄时间不计入办理时限。',
    fee: {
      free: false,
      amount: '通行证每证60元；签注一次有效每件15元、二次有效每件30元',
      basis:
        '国家发展改革委、财政部关于出入境证件收费标准的规定（往来港澳通行证自2019年7月1日起按每证60元收取）。',
    },
    ...EXIT_ENTRY_HALL,
    enquiryPhone: PHONES.exitEntry,
    complaintPhone: PHONES.complaints,
    onlineUrl: ONLINE.exitEntry,
    visits: 2,
    faq: [
      {
        question: '通行证的有效期是多长？',
        answer:
          '电子往来港澳通行证：十六周岁以上的有效期十年，未满十六周岁的有效期五年。签注的有效期和停留天数以签注上的记载为准。',
      },
      {
        question: '再去香港旅游，还要到窗口吗？',
        answer:
          '持有效电子往来港澳通行证再次申请个人旅游签注的，在设有出入境自助签注设备的地方，可以直接在设备上办理。',
      },
    ],
    short:
      '去香港、澳门旅游、探亲或办商务，需要往来港澳通行证和相应签注。带居民身份证到出入境接待大厅申请，已有有效通行证的只办签注即可。通行证每证60元，签注一次有效15元、二次有效30元。承诺7个工作日内签发。',
    documentIds: [],
    publishedAt: '2023-07-20T02:05:00.000Z',
    updatedAt: '2023-07-20T02:05:00.000Z',
    demo: true,
  },
  {
    kind: 'guide',
    id: '01H0000000DEM000000000G008',
    title: '机动车注册登记（新车上牌）',
    category: 'service',
    office: 'traffic',
    topic: 'traffic',
    code: '140404-GA-JJ-001',
    serviceKind: 'license',
    basis:
      '《中华人民共和国道路交通安全法》第八条、第九条；《机动车登记规定》（公安部令第164号）。',
    eligibility:
      '住所在本区的机动车所有人，为初次申领号牌、行驶证的机动车申请注册登记。国产新车须列入国家机动车产品公告，进口车须有进口凭证。',
    refusalGrounds:
      '机动车所有人的身份证明、机动车来历证明无效的；机动车与出厂合格证明或进口凭证不一致的；机动车未经查验或查验不合格的；未投保机动车交通事故责任强制保险的；属于被盗抢或者被查封的机动车的。',
    materials: [
      {
        name: '机动车所有人身份证明',
        form: 'original',
        copies: 1,
        notes: '个人提交居民身份证；单位提交统一社会信用代码证明。',
        online: false,
      },
      {
        name: '机动车销售统一发票',
        form: 'original',
        copies: 1,
        notes: '即机动车来历证明。',
        online: false,
      },
      {
        name: '机动车整车出厂合格证明',
        form: 'original',
        copies: 1,
        notes: '国产车提交；进口车提交海关出具的进口凭证。',
        online: false,
      },
      {
        name: '机动车交通事故责任强制保险凭证',
        form: 'original',
        copies: 1,
        notes: '电子保单可在系统中核验。',
        online: true,
      },
      {
        name: '车辆购置税完税证明或者免税凭证',
        form: 'original',
        copies: 1,
        notes: '可通过税务部门共享的电子信息核验，核验通过的无需提交纸质凭证。',
        online: true,
      },
      {
        name: '《机动车注册登记申请表》',
        form: 'original',
        copies: 1,
        notes: '窗口现场填写。',
        online: false,
      },
    ],
    steps: [
      {
        name: '查验',
        description:
          '将车辆开到查验区，民警核对车辆识别代号、发动机号等并拍照；符合规定的新车免于安全技术检验。',
      },
      { name: '选号', description: '通过交管12123网上选号，或在窗口现场选号。' },
      { name: '受理审核', description: '提交材料，审核通过的予以注册登记。' },
      { name: '发牌发证', description: '当场核发号牌和行驶证；登记证书当场发放，也可以选择邮寄。' },
    ],
    statutoryDays: 5,
    statutoryCalendarDays: false,
    promisedDays: 1,
    excludedSteps: '车辆查验不合格、须整改的时间和邮寄时间不计入办理时限。',
    fee: {
      free: false,
      amount: '汽车号牌每副100元；行驶证每本10元；登记证书每本10元',
      basis:
        '国家发展改革委、财政部公安交通管理收费标准（发改价格〔2004〕2831号）；以国家现行行政事业性收费目录清单为准。',
    },
    ...VEHICLE_STATION,
    enquiryPhone: PHONES.vehicles,
    complaintPhone: PHONES.complaints,
    onlineUrl: ONLINE.traffic,
    visits: 1,
    faq: [
      {
        question: '新车可以网上选号吗？',
        answer: '可以。通过交管12123客户端或网站网上选号并预约，再到服务站办理查验和登记。',
      },
      {
        question: '还没上牌，能开车上路吗？',
        answer: '未登记的新车上道路行驶，应当申领临时行驶车号牌。',
      },
    ],
    short:
      '买了新车，带身份证、购车发票、出厂合格证和交强险凭证，把车开到交警大队车辆管理服务站办理注册登记。车辆查验后选号、审核，当场核发号牌和行驶证。汽车号牌每副100元，行驶证、登记证书各10元。可以提前在交管12123上网上选号预约。',
    documentIds: [],
    publishedAt: '2023-08-15T02:00:00.000Z',
    updatedAt: '2023-08-15T02:00:00.000Z',
    demo: true,
  },
  {
    kind: 'guide',
    id: '01H0000000DEM000000000G009',
    title: '机动车驾驶证有效期满换证',
    category: 'service',
    office: 'traffic',
    topic: 'traffic',
    code: '140404-GA-JJ-002',
    serviceKind: 'license',
    basis:
      '《中华人民共和国道路交通安全法》第十九条；《机动车驾驶证申领和使用规定》（公安部令第162号）。',
    eligibility:
      '机动车驾驶证有效期满前九十日内，驾驶人可以向核发地或者核发地以外的车辆管理所申请换证；身体条件须符合所持准驾车型的要求。',
    refusalGrounds: '驾驶证被依法扣押、扣留或者暂扣期间的；身体条件不符合所持准驾车型要求的。',
    materials: [
      { name: '居民身份证', form: 'original', copies: 1, notes: '', online: false },
      {
        name: '机动车驾驶证',
        form: 'original',
        copies: 1,
        notes: '换证时交回原驾驶证。',
        online: false,
      },
      {
        name: '《机动车驾驶人身体条件证明》',
        form: 'original',
        copies: 1,
        notes: '由医疗机构出具；医疗机构已上传电子体检信息的，无需提交纸质证明。',
        online: true,
      },
    ],
    steps: [
      { name: '体检', description: '到具备资质的医疗机构进行身体条件检查。' },
      { name: '申请', description: '到车辆管理服务站窗口，或通过交管12123提交换证申请。' },
      { name: '审核', description: '核对驾驶人身份、驾驶证状态和身体条件证明。' },
      { name: '发证', description: '窗口办理的当场换发新证；网上办理的邮寄送达。' },
    ],
    statutoryDays: 0,
    statutoryCalendarDays: false,
    promisedDays: 0,
    excludedSteps: '选择邮寄的，邮寄时间不计入办理时限。',
    fee: {
      free: false,
      amount: '每本10元',
      basis:
        '机动车驾驶证工本费按国家发展改革委、财政部公安交通管理收费标准（发改价格〔2004〕2831号）执行。',
    },
    ...VEHICLE_STATION,
    enquiryPhone: PHONES.vehicles,
    complaintPhone: PHONES.complaints,
    onlineUrl: ONLINE.traffic,
    visits: 0,
    faq: [
      {
        question: '驾驶证过期了还能换吗？',
        answer:
          '超过有效期不满一年的，可以换证；超过有效期一年以上的，驾驶证将被注销，注销不满两年的，考试科目一合格后可以恢复驾驶资格。过期期间不得驾驶机动车。',
      },
      {
        question: '可以在外地换证吗？',
        answer:
          '可以。期满换证可以在居住地的车辆管理所办理，也可以通过交管12123网上申请、邮寄送达。',
      },
    ],
    short:
      '驾驶证有效期满前90天内可以申请换证。先到医疗机构体检，再带身份证和原驾驶证到交警大队车辆管理服务站办理，当场换发新证；也可以在交管12123上全程网上申请，新证邮寄到家。工本费每本10元。过期一年以上未换证的，驾驶证会被注销。',
    documentIds: [],
    publishedAt: '2023-08-15T02:05:00.000Z',
    updatedAt: '2023-08-15T02:05:00.000Z',
    demo: true,
  },
  {
    kind: 'guide',
    id: '01H0000000DEM000000000G010',
    title: '电动自行车登记上牌',
    category: 'service',
    office: 'traffic',
    topic: 'traffic',
    code: '140404-GA-JJ-003',
    serviceKind: 'registration',
    basis:
      '《中华人民共和国道路交通安全法》第十八条；《电动自行车安全技术规范》（GB 17761-2018）；《长治市公安局上党分局关于做好电动自行车登记上牌工作的通告》（上公通〔2023〕3号）。',
    eligibility:
      '在本区使用、符合《电动自行车安全技术规范》（GB 17761-2018）并取得强制性产品认证（CCC）的电动自行车，由车主申请登记。通告施行前购买、不符合国家标准的车辆，在过渡期内可以申领临时号牌。',
    refusalGrounds:
      '车辆不符合国家标准，且不属于过渡期临时号牌发放范围的；车辆来历不明或者经过改装、拼装的；车主身份无法核实的。',
    materials: [
      { name: '车主居民身份证', form: 'original', copies: 1, notes: '', online: false },
      {
        name: '购车发票',
        form: 'original',
        copies: 1,
        notes: '或者其他合法来历证明。',
        online: false,
      },
      {
        name: '产品合格证',
        form: 'original',
        copies: 1,
        notes: '车辆出厂时随车配发，须有CCC认证标志。',
        online: false,
      },
      {
        name: '委托书和代办人居民身份证',
        form: 'original',
        copies: 1,
        notes: '委托他人办理时提交。',
        online: false,
      },
    ],
    steps: [
      { name: '查验', description: '车主将车辆骑到登记点，民警核对车架号、电机号和车辆外观。' },
      { name: '受理', description: '核对身份证件、购车凭证和产品合格证，录入登记信息。' },
      { name: '发牌', description: '当场发放号牌和行驶证，并协助安装号牌。' },
    ],
    statutoryDays: 0,
    statutoryCalendarDays: false,
    promisedDays: 0,
    excludedSteps: '',
    fee: { free: true },
    ...VEHICLE_STATION,
    enquiryPhone: PHONES.vehicles,
    complaintPhone: PHONES.complaints,
    visits: 1,
    faq: [
      {
        question: '旧车不符合国标，还能上牌吗？',
        answer: '通告施行前购买的超标车辆，可以在过渡期内申领临时号牌；过渡期满后不得上道路行驶。',
      },
      { question: '号牌丢了怎么办？', answer: '车主带身份证和行驶证到登记点申请补领。' },
    ],
    short:
      '电动自行车须登记上牌后才能上路。车主带身份证、购车发票和产品合格证，把车骑到登记点，查验后当场发放号牌和行驶证，不收费。通告施行前购买的超标车，在过渡期内可以申领临时号牌。',
    documentIds: [DEMO_IDS.ebikeNotice],
    publishedAt: '2023-04-25T02:00:00.000Z',
    updatedAt: '2023-04-25T02:00:00.000Z',
    demo: true,
  },
  {
    kind: 'guide',
    id: '01H0000000DEM000000000G011',
    title: '旅馆业特种行业许可证核发',
    category: 'service',
    office: 'public-order',
    topic: 'public-order',
    code: '140404-GA-ZA-002',
    serviceKind: 'license',
    basis:
      '《旅馆业治安管理办法》第四条；《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）；《中华人民共和国行政许可法》第三十二条、第四十二条。',
    eligibility:
      '在本区开办宾馆、酒店、招待所等提供住宿服务场所的单位或个人，已取得营业执照，经营场所的房屋安全、消防安全符合规定，具备防盗、视频监控、旅馆业治安管理信息系统和身份证件识读设备等治安防范设施，并建立了安全管理制度。',
    refusalGrounds:
      '申请事项不属于本机关职权范围的；申请人未取得营业执照的；材料不齐全或者不符合法定形式，经一次性告知后仍未补正的。',
    materials: [
      {
        name: '《特种行业许可证申请登记表》',
        form: 'original',
        copies: 1,
        notes: '窗口领取或现场填写。',
        online: false,
      },
      { name: '营业执照', form: 'both', copies: 1, notes: '', online: false },
      { name: '法定代表人或负责人的居民身份证', form: 'both', copies: 1, notes: '', online: false },
      { name: '经营场所产权证明或租赁合同', form: 'both', copies: 1, notes: '', online: false },
      {
        name: '消防安全检查合格证明',
        form: 'both',
        copies: 1,
        notes: '公众聚集场所投入使用、营业前消防安全检查合格证明，或者告知承诺文书。',
        online: false,
      },
      {
        name: '经营场所平面图和安全管理制度',
        form: 'original',
        copies: 1,
        notes: '平面图标明客房、通道、出入口和监控点位。',
        online: false,
      },
    ],
    steps: [
      { name: '申请', description: '申请人或委托代理人到政务服务中心公安综合窗口提交材料。' },
      {
        name: '受理',
        description:
          '材料齐全的受理并出具受理通知书；材料不全的，当场或者五日内一次告知需要补正的全部内容。',
      },
      {
        name: '现场核查',
        description: '治安管理大队会同属地派出所到经营场所核查治安防范设施和管理制度。',
      },
      {
        name: '决定',
        description:
          '准予许可的颁发特种行业许可证；不予许可的，书面说明理由并告知申请行政复议或者提起行政诉讼的权利。',
      },
      { name: '送达', description: '申请人到窗口领取许可证，也可以选择邮寄送达。' },
    ],
    statutoryDays: 20,
    statutoryCalendarDays: false,
    promisedDays: 10,
    excludedSteps: '申请人按要求整改治安防范设施的时间不计入办理时限。',
    fee: { free: true },
    ...SERVICE_CENTRE,
    enquiryPhone: PHONES.publicOrder,
    complaintPhone: PHONES.complaints,
    visits: 2,
    faq: [
      {
        question: '先办营业执照，还是先办特种行业许可证？',
        answer: '先取得营业执照，再申领特种行业许可证，取得许可后方可开业。',
      },
      {
        question: '旅馆改名或者歇业，要办什么手续？',
        answer:
          '旅馆歇业、转业、合并、迁移、改变名称的，应当在市场监管部门办理变更登记后三日内，向公安机关备案。',
      },
    ],
    short:
      '在本区开办宾馆、酒店、招待所等住宿场所，取得营业执照后，须申领特种行业许可证才能开业。带营业执照、身份证、场所产权或租赁证明、消防安全检查合格证明和平面图，到政务服务中心公安综合窗口申请。民警到场核查治安防范设施，承诺10个工作日内作出决定，不收费。',
    documentIds: [],
    publishedAt: '2023-09-05T02:00:00.000Z',
    updatedAt: '2023-09-05T02:00:00.000Z',
    demo: true,
  },
  {
    kind: 'guide',
    id: '01H0000000DEM000000000G012',
    title: '临时居民身份证申领',
    category: 'service',
    office: 'population',
    topic: 'household',
    code: '140404-GA-HZ-005',
    serviceKind: 'public_service',
    basis:
      '《中华人民共和国居民身份证法》第十二条、第二十条；《中华人民共和国临时居民身份证管理办法》第二条、第七条、第九条、第十一条、第十二条。',
    eligibility:
      '常住户口在本区的公民，在申请领取、换领、补领居民身份证期间急需使用居民身份证的，可以申请领取临时居民身份证。未满十六周岁的，由监护人代为申领。',
    refusalGrounds: '未申请领取、换领或者补领居民身份证的；不在常住户口所在地申请的。',
    materials: [
      { name: '居民户口簿', form: 'original', copies: 1, notes: '', online: false },
      {
        name: '本人近期一寸免冠相片',
        form: 'original',
        copies: 1,
        notes: '也可在窗口现场采集。',
        online: false,
      },
      {
        name: '居民身份证受理回执',
        form: 'original',
        copies: 1,
        notes: '已申请领取、换领或补领居民身份证的凭证；与居民身份证同时申请的无需提交。',
        online: false,
      },
      {
        name: '监护人居民身份证',
        form: 'original',
        copies: 1,
        notes: '未满十六周岁的交验。',
        online: false,
      },
    ],
    steps: [
      {
        name: '申请',
        description: '与居民身份证同时申请，或持居民身份证受理回执申请，说明急需用证的事由。',
      },
      { name: '受理', description: '核对户籍信息，采集或收取相片，收取工本费。' },
      { name: '签发', description: '由常住户口所在地的县级人民政府公安机关签发。' },
      {
        name: '领取',
        description: '凭回执领取。临时居民身份证有效期三个月，领取正式居民身份证时须交回。',
      },
    ],
    statutoryDays: 3,
    statutoryCalendarDays: false,
    promisedDays: 1,
    excludedSteps: '',
    fee: {
      free: false,
      amount: '每证10元',
      basis:
        '《中华人民共和国居民身份证法》第二十条；国家发展改革委、财政部关于居民身份证收费标准的规定（发改价格〔2003〕2322号）。',
    },
    ...SERVICE_CENTRE,
    enquiryPhone: PHONES.household,
    complaintPhone: PHONES.complaints,
    visits: 2,
    faq: [
      {
        question: '临时身份证能在外地办吗？',
        answer:
          '不能，须向常住户口所在地的公安机关申请。在外地急需乘坐火车的，可以通过铁路12306客户端申请电子临时身份证明。',
      },
      {
        question: '临时身份证能用多久？',
        answer: '有效期三个月，自签发之日起计算。领到正式居民身份证时要交回。',
      },
    ],
    short:
      '正在申领、换领或补领居民身份证，又急需用证的，可以申请临时居民身份证。本人带户口簿到政务服务中心公安综合窗口申请，须在户籍地办理。每证10元，有效期三个月，承诺1个工作日内发证。',
    documentIds: [],
    publishedAt: '2023-06-12T02:20:00.000Z',
    updatedAt: '2023-06-12T02:20:00.000Z',
    demo: true,
  },
];
