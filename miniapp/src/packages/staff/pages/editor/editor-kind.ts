import type { ContentDraft, ContentKind } from '@sunshine/shared';

/** The kinds this editor writes: an annual report has a page of its own (年度报告). */
export type EditorKind = Exclude<ContentKind, 'annual_report'>;
export type EditorDraft = Exclude<ContentDraft, { kind: 'annual_report' }>;
export const isEditorKind = (kind: ContentKind): kind is EditorKind => kind !== 'annual_report';
