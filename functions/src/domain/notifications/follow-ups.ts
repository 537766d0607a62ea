import { QUESTION_DEADLINES, type Office, type QuestionKind } from '@sunshine/shared';
import type { TemplateIds } from '../../ports/notification-ports';
import type { Release } from '../../ports/release-store';
import { releaseMessage, replyMessage } from './messages';
import { libraryTopics } from './release-for';

const counts = () => ({ queued: 0, targeted: 0, sent: 0, refused: 0, failed: 0, unknown: 0 });

/**
 * The release telling one person their question or application was answered, to the follow-up
 * topic only they may subscribe to. It says which kind of request and where to read the answer,
 * never the request or the answer themselves: releases are kept, and staff list them.
 */
export function replyRelease(
  subject: { to: 'question'; id: string; kind: QuestionKind } | { to: 'application'; id: string },
  templates: TemplateIds,
  id: string,
  now: string,
): Release {
  const label =
    subject.to === 'question' ? QUESTION_DEADLINES[subject.kind].label : '政府信息公开申请';
  const where = subject.to === 'question' ? '请在“我的留言”查看答复' : '请在“我的申请”查看答复';
  const { openid: _nobody, ...message } = replyMessage({
    openid: '',
    templateId: templates.reply.templateId,
    reply: { to: subject.to, subject: label, summary: where, repliedAt: now },
  });
  return {
    id,
    kind: 'reply',
    title: subject.to === 'question' ? `留言答复提醒（${label}）` : '信息公开申请答复提醒',
    itemId: subject.id,
    topics: [`${subject.to}:${subject.id}`],
    urgent: false,
    createdAt: now,
    message,
    fanOut: { topic: 0, done: false },
    counts: counts(),
  };
}

/**
 * The release of a consultation's adoption report: to the people who asked to be told of it, and
 * to the subscribers of its category, office and topic (one message to a person under several).
 */
export function reportRelease(
  consultation: { id: string; title: string; category: string; office: Office; topic: string },
  templates: TemplateIds,
  id: string,
  now: string,
  /** The consultation's office as the bureau's profile names it. */
  officeName: string,
): Release {
  const title = `意见采纳情况：${consultation.title}`;
  const { openid: _nobody, ...message } = releaseMessage({
    openid: '',
    templateId: templates.release.templateId,
    item: { id: consultation.id, title, officeName, publishedAt: now },
  });
  return {
    id,
    kind: 'release',
    title,
    itemId: consultation.id,
    topics: [`consultation:${consultation.id}`, ...libraryTopics(consultation)],
    urgent: false,
    createdAt: now,
    message,
    fanOut: { topic: 0, done: false },
    counts: counts(),
  };
}
