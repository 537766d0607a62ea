/** Staff roles. A person may hold several; residents hold none. */
export const STAFF_ROLES = ['admin', 'editor', 'reviewer', 'responder', 'discloser'] as const;

export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Record<StaffRole, string> = {
  admin: '管理员',
  editor: '编辑',
  reviewer: '审核',
  responder: '答复',
  discloser: '依申请公开办理',
};

export const ROLE_DESCRIPTIONS: Record<StaffRole, string> = {
  admin: '管理工作人员与设置，查看审计日志',
  editor: '撰写政策解读草稿并提交审核',
  reviewer: '审核、退回、发布与撤回内容',
  responder: '答复群众留言与意见',
  discloser: '办理政府信息公开申请：补正、征求意见、延期与答复',
};
