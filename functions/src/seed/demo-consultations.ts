import { chinaDate, nextDay, type PublishedConsultation } from '@sunshine/shared';

/**
 * A consultation open when the demo is first seeded (it opened three days before and runs the
 * minimum 30 days and more), so `npm start` has one to comment on. Dates are fixed at that first
 * seeding; the seed never rewrites an existing item.
 */
export function demoConsultations(now: Date): PublishedConsultation[] {
  const publishedAt = new Date(now.getTime() - 3 * 86_400_000).toISOString();
  return [
    {
      kind: 'consultation',
      id: '01H0000000DEM000000000C001',
      title: '关于推行户籍业务“一窗通办”的若干措施（征求意见稿）（演示）',
      summary: '拟在各派出所户籍窗口推行户籍业务“一窗通办”和周末预约办理，现公开征求社会各界意见。',
      category: 'decision',
      office: 'population',
      topic: 'household',
      body: [
        '第一条 为方便群众就近办理户籍业务，推进“放管服”改革，结合本区实际，制定本措施。',
        '第二条 辖区各派出所户籍窗口实行“一窗通办”，群众可在任一派出所办理户口迁移、出生登记、户口项目变更等业务。',
        '第三条 每月第一个和第三个星期六上午，区户政服务大厅提供预约办理服务。',
        '第四条 本措施自发布之日起施行。',
      ].join('\n'),
      basis:
        '依据《中华人民共和国户口登记条例》和省公安厅关于深化户籍制度改革的部署，为解决群众反映的“跑多处、排长队”问题起草本措施。',
      feedbackUse:
        '征求意见期间收到的意见，分局将逐条研究；征求意见结束后，在本页公布意见收集和采纳情况。提意见时留下的称呼和联系方式不会公开。',
      opensOn: nextDay(chinaDate(now), -3),
      closesOn: nextDay(chinaDate(now), 30),
      sections: ['第一条', '第二条', '第三条', '第四条'],
      questions: [
        {
          prompt: '您是否支持户籍业务“一窗通办”？',
          multiple: false,
          options: ['支持', '不支持', '无所谓'],
        },
        {
          prompt: '您希望周末提供哪些户籍业务？',
          multiple: true,
          options: ['户口迁移', '出生登记', '身份证办理', '户籍证明'],
        },
      ],
      attachments: [],
      publishedAt,
      updatedAt: publishedAt,
      demo: true,
    },
  ];
}
