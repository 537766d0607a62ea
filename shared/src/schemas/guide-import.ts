import * as v from 'valibot';

/**
 * Bulk import of the service catalogue from a spreadsheet (CSV, UTF-8) or JSON (an array of guides):
 * every row is checked first; then, all or nothing, or only the valid rows if the staff member
 * chooses. Rows are matched by 事项编码, so importing the same file twice changes nothing.
 */
export const IMPORT_MODES = ['all', 'valid_only'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export const IMPORT_FORMATS = ['csv', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

export const ImportUploadInputSchema = v.object({
  format: v.picklist(IMPORT_FORMATS, '只能导入 CSV 或 JSON 文件'),
  size: v.pipe(
    v.number('请提供文件大小'),
    v.integer('文件大小须为整数'),
    v.minValue(1, '文件是空的'),
    v.maxValue(IMPORT_MAX_BYTES, '文件不能超过 50 MB'),
  ),
});

export const StartImportInputSchema = v.object({
  key: v.pipe(
    v.string('缺少文件标识'),
    v.regex(/^imports\/[0-9A-HJKMNP-TV-Z]{26}\.(csv|json)$/, '文件标识无效'),
  ),
  mode: v.optional(v.picklist(IMPORT_MODES, '导入方式须为 all 或 valid_only'), 'all'),
  /** Submit imported drafts for review at once, so a reviewer can publish them. */
  submit: v.optional(v.boolean('请选择是否提交审核'), false),
});
export type StartImportInput = v.InferOutput<typeof StartImportInputSchema>;

export const ExportGuidesQuerySchema = v.object({
  format: v.optional(v.picklist(IMPORT_FORMATS, '格式须为 csv 或 json'), 'csv'),
});

export type ImportPhase = 'checking' | 'rejected' | 'writing' | 'done';

export const IMPORT_PHASE_LABELS: Record<ImportPhase, string> = {
  checking: '正在检查',
  rejected: '未导入：有错误',
  writing: '正在写入',
  done: '已完成',
};

/** One problem of one row: the line of the file (CSV) or position (JSON), the column, the message. */
export interface ImportProblem {
  line: number;
  column?: string;
  message: string;
}

export interface GuideImportView {
  id: string;
  format: ImportFormat;
  mode: ImportMode;
  submit: boolean;
  phase: ImportPhase;
  /** Of the current phase, 0–1, by bytes read. */
  progress: number;
  rows: number;
  invalid: number;
  /** The first 200 problems; `moreProblems` counts the rest. */
  problems: ImportProblem[];
  moreProblems: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows whose guide is under review or scheduled: left as they are. */
  skipped: number;
  createdAt: string;
  updatedAt: string;
}

/** Where to send a catalogue file: a presigned form POST to private storage, and its key. */
export interface ImportUploadView {
  key: string;
  upload: { url: string; fields: Record<string, string> };
}
