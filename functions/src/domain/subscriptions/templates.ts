import { MESSAGE_KINDS, type MessageKind, type TemplateView } from '@sunshine/shared';
import type { TemplateIds } from '../../ports/notification-ports';

/** The WeChat sandbox's templates: what `npm start` and the tests send with when nothing is configured. */
export const SANDBOX_TEMPLATE_IDS: Record<MessageKind, string> = { release: 'TPL_POLICY_RELEASE', reply: 'TPL_REPLY' };

const ENV_NAMES: Record<MessageKind, string> = { release: 'WECHAT_TEMPLATE_RELEASE', reply: 'WECHAT_TEMPLATE_REPLY' };

/**
 * Which WeChat template each kind of message uses, from the environment: `WECHAT_TEMPLATE_RELEASE`,
 * `WECHAT_TEMPLATE_REPLY` (ids from the mini-program's console), and `WECHAT_TEMPLATE_LONG_TERM`
 * listing the kinds whose template is long-term (e.g. `release`), comma-separated. A kind it does
 * not know, or two kinds on one template, fail at cold start: a typo here would otherwise
 * silently count credits that WeChat does not.
 */
export function templateIdsFrom(env: Record<string, string | undefined>): TemplateIds {
  const longTerm = (env.WECHAT_TEMPLATE_LONG_TERM ?? '').split(',').map((kind) => kind.trim()).filter(Boolean);
  const unknown = longTerm.filter((kind) => !(MESSAGE_KINDS as readonly string[]).includes(kind));
  if (unknown.length) throw new Error(`WECHAT_TEMPLATE_LONG_TERM names unknown message kinds: ${unknown.join(', ')} (known: ${MESSAGE_KINDS.join(', ')})`);
  const templates = Object.fromEntries(
    MESSAGE_KINDS.map((kind) => [kind, { templateId: env[ENV_NAMES[kind]]?.trim() || SANDBOX_TEMPLATE_IDS[kind], longTerm: longTerm.includes(kind) }]),
  ) as TemplateIds;
  const ids = MESSAGE_KINDS.map((kind) => templates[kind].templateId);
  if (new Set(ids).size !== ids.length) throw new Error('each message kind needs a template of its own (WECHAT_TEMPLATE_RELEASE, WECHAT_TEMPLATE_REPLY)');
  return templates;
}

export const templateViews = (templates: TemplateIds): TemplateView[] => MESSAGE_KINDS.map((kind) => ({ kind, ...templates[kind] }));

/** The configured template with this id, if it is one of ours. */
export const templateById = (templates: TemplateIds, templateId: string): TemplateView | undefined => templateViews(templates).find((template) => template.templateId === templateId);
