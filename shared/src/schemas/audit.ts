import * as v from 'valibot';
import type { StaffRole } from '../roles';
import { CursorSchema } from './paging';
import type { ContentKind } from './content-kinds';

export const AUDIT_ACTIONS = [
  'staff.sign_in',
  'staff.join',
  'staff.invite',
  'staff.roles_change',
  'staff.revoke',
  'content.create',
  'content.update',
  'content.submit',
  'content.return',
  'content.publish',
  'content.schedule',
  'content.withdraw',
  'topic.add',
  'calendar.update',
  'bureau.update',
  'question.answer',
  'comment.moderate',
  'comment.decide',
  'consultation.report',
  'question.promote',
  'application.request_correction',
  'application.start_third_party',
  'application.end_third_party',
  'application.extend',
  'application.reply',
  'application.notify_fee',
  'application.record_fee_paid',
  'application.close_unpaid',
  'application.close_uncorrected',
  'negative_list.review',
  'concern.open',
  'concern.press_conference',
  'concern.reassign',
  'concern.close',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  'staff.sign_in': '工作人员登录',
  'staff.join': '加入工作人员',
  'staff.invite': '创建邀请码',
  'staff.roles_change': '变更角色',
  'staff.revoke': '停用工作人员',
  'content.create': '新建稿件',
  'content.update': '修改稿件',
  'content.submit': '提交审核',
  'content.return': '退回修改',
  'content.publish': '发布',
  'content.schedule': '定时发布',
  'content.withdraw': '撤回',
  'topic.add': '新增主题',
  'calendar.update': '修改工作日历',
  'bureau.update': '修改机关信息',
  'question.answer': '答复留言',
  'comment.moderate': '审核意见',
  'comment.decide': '意见采纳决定',
  'consultation.report': '发布意见采纳情况',
  'question.promote': '留言转为公开问答',
  'application.request_correction': '要求补正申请',
  'application.start_third_party': '征求第三方意见',
  'application.end_third_party': '第三方意见结束',
  'application.extend': '延长答复期限',
  'application.reply': '答复信息公开申请',
  'application.notify_fee': '发出收费通知',
  'application.record_fee_paid': '登记已缴费',
  'application.close_unpaid': '逾期未缴费终止办理',
  'application.close_uncorrected': '未补正终止办理',
  'negative_list.review': '负面清单年度复核',
  'concern.open': '登记关切事项',
  'concern.press_conference': '登记新闻发布会',
  'concern.reassign': '调整关切承办人',
  'concern.close': '办结关切事项',
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const AuditQuerySchema = v.object({
  /** One month, YYYY-MM (China time); the audit log is kept by month. Defaults to this month. */
  month: v.optional(v.pipe(v.string(), v.regex(MONTH, '月份格式须为 YYYY-MM'))),
  actor: v.optional(v.pipe(v.string(), v.maxLength(40))),
  action: v.optional(v.picklist(AUDIT_ACTIONS, '未知的操作类型')),
  itemId: v.optional(v.pipe(v.string(), v.maxLength(40))),
  cursor: CursorSchema,
});
export type AuditQuery = v.InferOutput<typeof AuditQuerySchema>;

export interface AuditEntryView {
  id: string;
  at: string;
  actorId: string;
  actorName: string;
  /** The roles the actor held for this action. */
  roles: StaffRole[];
  action: AuditAction;
  itemType?: ContentKind | 'staff' | 'invitation' | 'question' | 'application' | 'concern';
  itemId?: string;
  /** Short before/after summary; never personal data of residents. */
  summary: string;
}
