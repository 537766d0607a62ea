import type { OutgoingMessage } from '../../ports/notification-ports';
import { thingValue, timeValue } from './template-values';

/**
 * The two messages the product sends, built from their templates' keys (issue 7):
 * - release (`TPL_POLICY_RELEASE` locally): thing1 标题, time2 发布时间, thing3 发布部门;
 * - reply (`TPL_REPLY` locally): thing1 咨询主题, thing2 回复摘要, time3 回复时间.
 * The template ids come from configuration; the keys are fixed by the templates chosen in the
 * WeChat console, so a different template there means a change here.
 */

/** What a released item contributes to its message. */
export interface ReleasedItem {
  id: string;
  title: string;
  /** ISO time; shown in China time. */
  publishedAt: string;
  /** The office's name in the bureau's profile (发布部门). */
  officeName: string;
}

/** The page a release message opens: the released item itself. */
export const releasePage = (id: string) => `pages/content/detail?id=${encodeURIComponent(id)}`;

export function releaseMessage({
  openid,
  templateId,
  item,
}: {
  openid: string;
  templateId: string;
  item: ReleasedItem;
}): OutgoingMessage {
  return {
    openid,
    templateId,
    page: releasePage(item.id),
    data: {
      thing1: { value: thingValue(item.title) },
      time2: { value: timeValue(item.publishedAt) },
      thing3: { value: thingValue(item.officeName) },
    },
  };
}

/** What was answered: a question (咨询) or a disclosure application (依申请公开). */
export type ReplyTo = 'question' | 'application';

/** The list the reply is found in; a person sees the answer beside their other questions or applications. */
export const REPLY_PAGES: Record<ReplyTo, string> = {
  question: 'pages/my-questions/index',
  application: 'pages/my-applications/index',
};

export interface Reply {
  to: ReplyTo;
  /** The question's or application's subject, as the person wrote it. */
  subject: string;
  /** The start of the answer; the message says where to read the rest. */
  summary: string;
  repliedAt: string;
}

export function replyMessage({
  openid,
  templateId,
  reply,
}: {
  openid: string;
  templateId: string;
  reply: Reply;
}): OutgoingMessage {
  return {
    openid,
    templateId,
    page: REPLY_PAGES[reply.to],
    data: {
      thing1: { value: thingValue(reply.subject) },
      thing2: { value: thingValue(reply.summary, '已答复，请查看详情') },
      time3: { value: timeValue(reply.repliedAt) },
    },
  };
}
