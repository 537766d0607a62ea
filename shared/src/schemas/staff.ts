import * as v from 'valibot';
import { STAFF_ROLES } from '../roles';

export const RoleSchema = v.picklist(STAFF_ROLES, '请选择有效的角色');

export const RolesSchema = v.pipe(
  v.array(RoleSchema, '请选择角色'),
  v.minLength(1, '至少选择一个角色'),
  v.maxLength(STAFF_ROLES.length, '角色重复'),
  v.check((roles) => new Set(roles).size === roles.length, '角色重复'),
);

export const DisplayNameSchema = v.pipe(
  v.string('请填写姓名'),
  v.trim(),
  v.minLength(1, '请填写姓名'),
  v.maxLength(30, '姓名不能超过 30 字'),
);

/** Resident sign-in: the one-time code from wx.login (or, in H5 development, from the sandbox). */
export const LoginInputSchema = v.object({
  code: v.pipe(
    v.string('缺少登录凭证'),
    v.trim(),
    v.minLength(1, '缺少登录凭证'),
    v.maxLength(128, '登录凭证格式不正确'),
  ),
});

export const InvitationInputSchema = v.object({
  displayName: DisplayNameSchema,
  roles: RolesSchema,
  validDays: v.pipe(
    v.number('有效天数须为数字'),
    v.integer('有效天数须为整数'),
    v.minValue(1, '有效天数至少 1 天'),
    v.maxValue(30, '有效天数最多 30 天'),
  ),
});

export const JoinInputSchema = v.object({
  code: v.pipe(
    v.string('请输入邀请码'),
    v.trim(),
    v.toUpperCase(),
    v.regex(/^[A-Z0-9]{10}$/, '邀请码为 10 位字母或数字'),
  ),
});

export const RolesInputSchema = v.object({ roles: RolesSchema });

export type LoginInput = v.InferOutput<typeof LoginInputSchema>;
export type InvitationInput = v.InferOutput<typeof InvitationInputSchema>;
export type JoinInput = v.InferOutput<typeof JoinInputSchema>;

export interface SessionView {
  token: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  user: MeView;
}

export interface MeView {
  userId: string;
  /** Empty for residents. */
  roles: import('../roles').StaffRole[];
  displayName?: string;
}

export interface StaffMemberView {
  userId: string;
  displayName: string;
  roles: import('../roles').StaffRole[];
  status: 'active' | 'revoked';
  joinedAt: string;
}

export interface InvitationView {
  code: string;
  displayName: string;
  roles: import('../roles').StaffRole[];
  expiresAt: string;
}

/** An admin adds a topic (办事指南类别) residents browse by: its name, short as the built-in ones. */
export const AddTopicInputSchema = v.object({
  label: v.pipe(
    v.string('请填写主题名称'),
    v.trim(),
    v.minLength(1, '请填写主题名称'),
    v.maxLength(12, '主题名称不能超过 12 字'),
    v.regex(/^[^|｜,，\n]*$/, '主题名称不能包含逗号、竖线或换行'),
  ),
});
