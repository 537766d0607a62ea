import {
  CATEGORY_LABELS,
  chinaClock,
  CONTENT_KINDS,
  DISCLOSURE_CATEGORIES,
  FEE_METHOD_LABELS,
  FEE_METHODS,
  FEE_RULE,
  FEE_TIERS,
  feeTierLines,
  formatIndexNumber,
  KIND_LABELS,
  type BureauProfile,
} from '@sunshine/shared';

/** A link inside a section: to a page of the app. */
export interface GuideLink {
  label: string;
  url: 'apply' | 'catalogue' | 'negativeList';
}

/** One section of the guide: paragraphs, labelled facts (地址, 电话…), a list, a link. */
export interface GuideSection {
  title: string;
  paragraphs: string[];
  rows?: Array<[string, string]>;
  /** Each entry a small block of its own: an office with its contacts. */
  entries?: Array<{ title: string; lines: string[] }>;
  link?: GuideLink;
}

/**
 * The 政府信息公开指南 (政府信息公开条例 art. 12) from the bureau's profile and the product's own
 * rules: nothing here names this bureau but through `profile`, so another bureau's guide is right
 * once its admin saved its profile. `now` gives the year of the 索引号 example.
 */
export function guideSections(profile: BureauProfile, now: Date): GuideSection[] {
  const office = profile.disclosureOffice;
  const { year, month } = chinaClock(now);
  const example = formatIndexNumber(profile.indexFormat, {
    creditCode: profile.creditCode,
    year,
    month,
    seq: 1,
  });
  return [
    {
      title: '一、信息的分类与编排',
      paragraphs: [
        `本机关主动公开的政府信息按“五公开”分为${DISCLOSURE_CATEGORIES.map((key) => CATEGORY_LABELS[key]).join('、')}五类，按信息形式分为${CONTENT_KINDS.map((kind) => KIND_LABELS[kind]).join('、')}，并可按发布科室和主题查找。`,
        `每条信息在首次发布时取得索引号，按年度连续编号、不重复使用。本机关索引号的格式如：${example}（本机关统一社会信用代码/年份-当年流水号）。`,
        '政府信息公开目录列明每条信息的索引号、名称、内容概述和生成日期。',
      ],
      link: { label: '查看政府信息公开目录', url: 'catalogue' },
    },
    {
      title: '二、获取主动公开信息的方式',
      paragraphs: [
        `本机关主动公开的政府信息在本小程序发布，可浏览、搜索和订阅更新；目录和信息同时以开放数据（JSON、CSV 格式）提供下载。`,
        '属于主动公开范围的政府信息，自该信息形成或者变更之日起 20 个工作日内予以公开；法律、法规对公开期限另有规定的，从其规定。',
      ],
    },
    {
      title: '三、依申请公开',
      paragraphs: [
        '公民、法人或者其他组织可以向本机关申请获取相关政府信息，方式如下：',
        '1. 网上申请：在本小程序“申请信息公开”页面填写并提交。',
        `2. 当面申请：到${office.name}（${office.address}）填写申请表，办公时间：${office.hours}。`,
        `3. 信函申请：邮寄至${office.address}，邮政编码 ${office.postcode}，请在信封上注明“政府信息公开申请”字样。`,
        '申请应当包括：（一）申请人的姓名或者名称、身份证明、联系方式；（二）申请公开的政府信息的名称、文号或者便于本机关查询的其他特征性描述；（三）申请公开的政府信息的形式要求，包括获取信息的方式、途径。',
        '申请内容不明确的，本机关自收到申请之日起 7 个工作日内一次性告知补正；能够当场答复的当场答复，不能当场答复的自收到申请之日起 20 个工作日内答复，需要延长的经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过 20 个工作日。',
      ],
      link: { label: '在线申请信息公开', url: 'apply' },
    },
    {
      title: '四、政府信息公开工作机构',
      paragraphs: [],
      rows: [
        ['名称', office.name],
        ['办公地址', office.address],
        ['邮政编码', office.postcode],
        ['办公时间', office.hours],
        ['联系电话', office.phone],
        ...(office.fax ? [['传真', office.fax] as [string, string]] : []),
        ['网上联系方式', office.online],
      ],
      entries: profile.offices.map((unit) => ({
        title: unit.name,
        lines: [`地址：${unit.address}`, `办公时间：${unit.hours}`, `电话：${unit.phone}`],
      })),
    },
    {
      title: '五、收费',
      paragraphs: [
        '本机关依申请提供政府信息，不收取费用。',
        `申请人申请公开政府信息的数量、频次明显超过合理范围的，本机关可以依照${FEE_RULE}收取信息处理费，按件计收和按量计收二者选其一：`,
        ...FEE_METHODS.map(
          (method) =>
            `${FEE_METHOD_LABELS[method]}（${FEE_TIERS[method].per}）：${feeTierLines(method).join('；')}。`,
        ),
        '收费的，本机关向申请人发出收费通知，说明收费的依据、标准、数额和缴纳方式；申请人逾期未缴纳的，本机关不再处理该申请。',
      ],
    },
    {
      title: '六、监督和救济',
      paragraphs: [
        `公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向${office.name}投诉、举报（电话 ${office.phone}），也可以依法申请行政复议或者提起行政诉讼：`,
        `行政复议：自知道或者应当知道该行政行为之日起 60 日内，向${profile.remedies.reviewOrgan}申请。`,
        `行政诉讼：自知道或者应当知道作出行政行为之日起 6 个月内，向${profile.remedies.court}提起。`,
      ],
    },
    {
      title: '七、不予公开的信息（负面清单）',
      paragraphs: [
        '依照《中华人民共和国政府信息公开条例》第十四条至第十六条不予公开的信息类别及其依据，见本机关的负面清单。',
      ],
      link: { label: '查看负面清单', url: 'negativeList' },
    },
  ];
}
