import { MESSAGE_KINDS, type TemplateView } from '@sunshine/shared';
import type { TemplateIds } from '../../ports/notification-ports';

export const templateViews = (templates: TemplateIds): TemplateView[] =>
  MESSAGE_KINDS.map((kind) => ({ kind, ...templates[kind] }));

/** The configured template with this id, if it is one of ours. */
export const templateById = (
  templates: TemplateIds,
  templateId: string,
): TemplateView | undefined =>
  templateViews(templates).find((template) => template.templateId === templateId);
