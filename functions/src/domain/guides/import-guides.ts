import {
  GuideDraftSchema,
  IMPORT_MAX_BYTES,
  validate,
  type GuideDraft,
  type GuideImportView,
  type ImportProblem,
  type StartImportInput,
  type TopicView,
  type OfficeOption,
  profileOffices,
  isCustomTopic,
  topicLabel,
} from '@sunshine/shared';
import { AppError, NotFoundError, ValidationError } from '../../commons/errors';
import type { GuideImportJob, ImportJobStore } from '../../ports/import-jobs';
import type { MediaStorage } from '../../ports/media-storage';
import { actorRef, type StaffActor } from '../identity/actor';
import type { WorkflowDeps } from '../workflow/deps';
import { diffDrafts } from '../workflow/diff';
import { createDraft, submitForReview, updateDraft } from '../workflow/edit-draft';
import { GUIDE_HEADERS, headerOf, rowToInput } from './guide-columns';
import { csvRecords, jsonArrayRecords, type RawRecord } from './record-readers';

/** What a row may name, read once per slice: the added topics and the bureau's offices. */
interface Known {
  topics: TopicView[];
  offices: OfficeOption[];
}

export interface ImportDeps extends WorkflowDeps {
  files: MediaStorage;
  jobs: ImportJobStore;
}

const MAX_PROBLEMS = 200;
/** A slice of work per request, well inside a function's 10 s: checking is cheap, writing is not. */
const CHECK_ROWS = 2000;
const WRITE_ROWS = 100;
const SLICE_MS = 6000;
const REQUIRED_HEADERS = ['事项名称', '事项编码'];

export function importView(job: GuideImportJob): GuideImportView {
  const {
    id,
    format,
    mode,
    submit,
    phase,
    rows,
    invalid,
    problems,
    moreProblems,
    created,
    updated,
    unchanged,
    skipped,
    createdAt,
    updatedAt,
  } = job;
  const progress =
    phase === 'done' || phase === 'rejected'
      ? 1
      : job.size
        ? Math.min(1, job.offset / job.size)
        : 0;
  return {
    id,
    format,
    mode,
    submit,
    phase,
    progress,
    rows,
    invalid,
    problems,
    moreProblems,
    created,
    updated,
    unchanged,
    skipped,
    createdAt,
    updatedAt,
  };
}

/** Start an import of a file uploaded to storage: nothing is read or written yet. */
export async function startGuideImport(
  deps: ImportDeps,
  actor: StaffActor,
  input: StartImportInput,
): Promise<GuideImportView> {
  const stored = await deps.files.inspect(input.key);
  if (!stored)
    throw new ValidationError([{ field: 'key', message: '没有找到上传的文件，请重新上传' }]);
  if (stored.size > IMPORT_MAX_BYTES)
    throw new ValidationError([{ field: 'key', message: '文件不能超过 50 MB' }]);
  const now = deps.clock.now().toISOString();
  const job: GuideImportJob = {
    id: deps.ids.next(),
    key: input.key,
    format: input.key.endsWith('.json') ? 'json' : 'csv',
    mode: input.mode,
    submit: input.submit,
    createdBy: actorRef(actor),
    createdAt: now,
    updatedAt: now,
    phase: 'checking',
    offset: 0,
    line: 1,
    size: stored.size,
    rows: 0,
    invalid: 0,
    problems: [],
    moreProblems: 0,
    codes: [],
    invalidLines: [],
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    rev: 1,
  };
  await deps.jobs.save(job);
  return importView(job);
}

export async function getGuideImport(
  deps: ImportDeps,
  actor: StaffActor,
  id: string,
): Promise<GuideImportView> {
  return importView(await loadJob(deps, actor, id));
}

async function loadJob(deps: ImportDeps, actor: StaffActor, id: string) {
  const job = await deps.jobs.get(id);
  // An import is its owner's: another editor's job answers as if absent.
  if (!job || job.createdBy.userId !== actor.userId) throw new NotFoundError('该导入任务不存在');
  return job;
}

function addProblem(job: GuideImportJob, problem: ImportProblem) {
  if (job.problems.length < MAX_PROBLEMS) job.problems.push(problem);
  else job.moreProblems++;
}

/** One record as a guide draft, or its problems (column named by header). */
function toDraft(
  job: GuideImportJob,
  record: RawRecord,
  known: Known,
): { draft?: GuideDraft; code?: string; problems: ImportProblem[] } {
  if (record.problem) return { problems: [{ line: record.line, message: record.problem }] };
  const input: Record<string, unknown> =
    job.format === 'csv'
      ? rowToInput(job.headers ?? [], record.cells ?? [], known.offices)
      : { kind: 'guide', category: 'service', ...(record.item as object) };
  // The code is the row's identity even when another field is wrong: duplicates are still found.
  const code = typeof input.code === 'string' && input.code.trim() ? input.code.trim() : undefined;
  const checked = validate(GuideDraftSchema, input);
  if (
    checked.ok &&
    isCustomTopic(checked.value.topic) &&
    !known.topics.some((topic) => topic.key === checked.value.topic)
  ) {
    return {
      code,
      problems: [
        {
          line: record.line,
          column: '类别',
          message: `类别「${topicLabel(checked.value.topic)}」不存在，请先由管理员新增`,
        },
      ],
    };
  }
  // 实施机关 must be one of the bureau's offices (by name or id): named as such, not as a bad id.
  const office = input.office;
  const unknownOffice =
    typeof office === 'string' && !known.offices.some((option) => option.id === office);
  const officeProblems: ImportProblem[] = unknownOffice
    ? [
        {
          line: record.line,
          column: '实施机关',
          message: `实施机关「${office}」不是本机关的科室，请按「机关信息」中的科室名称填写`,
        },
      ]
    : [];
  if (checked.ok && !unknownOffice) return { draft: checked.value, code, problems: [] };
  const issues = checked.ok ? [] : checked.issues;
  return {
    code,
    problems: [
      ...officeProblems,
      ...issues
        .filter((issue) => !(unknownOffice && issue.field === 'office'))
        .map((issue) => ({
          line: record.line,
          column: headerOf(issue.field) ?? (issue.field || undefined),
          message: issue.message,
        })),
    ],
  };
}

/** The file's header row: known columns only, and the ones a guide cannot do without. */
function readHeaders(job: GuideImportJob, record: RawRecord): boolean {
  const headers = (record.cells ?? []).map((cell) => cell.trim());
  const unknown = headers.filter((header) => header && !GUIDE_HEADERS.includes(header));
  const missing = REQUIRED_HEADERS.filter((header) => !headers.includes(header));
  if (record.problem || missing.length) {
    addProblem(job, {
      line: 1,
      message:
        record.problem ?? `缺少必需的列：${missing.join('、')}。请用“导出 CSV”得到的文件作模板`,
    });
    return false;
  }
  for (const header of unknown)
    addProblem(job, {
      line: 1,
      column: header,
      message: `无法识别的列「${header}」，该列将被忽略`,
    });
  job.headers = headers;
  return true;
}

/**
 * Do the next slice of an import: check rows (all of them first), then write them. Each call
 * reads the file from where the last stopped, so the file is never held whole and every call
 * stays within a function's time; the client calls again until the phase is done or rejected.
 */
export async function continueGuideImport(
  deps: ImportDeps,
  actor: StaffActor,
  id: string,
): Promise<GuideImportView> {
  const job = await loadJob(deps, actor, id);
  if (job.phase === 'done' || job.phase === 'rejected') return importView(job);
  const started = Date.now();
  const limit = job.phase === 'checking' ? CHECK_ROWS : WRITE_ROWS;
  const known: Known = {
    topics: deps.topics ? await deps.topics.listCustom() : [],
    offices: profileOffices(await deps.bureau?.get()),
  };
  // The drafts this slice writes check their office against the list just read, not a read each.
  const writeDeps: ImportDeps = { ...deps, offices: async () => known.offices };
  let handled = 0;
  let finished = true;
  if (job.offset < job.size) {
    const chunks = deps.files.read(job.key, job.offset);
    const records =
      job.format === 'csv'
        ? csvRecords(chunks, { offset: job.offset, line: job.line })
        : jsonArrayRecords(chunks, { offset: job.offset, line: job.line });
    for await (const record of records) {
      if (job.phase === 'checking') check(job, record, known);
      else await write(writeDeps, actor, job, record, known);
      job.offset = record.endOffset;
      job.line = record.line + 1;
      handled++;
      if (rejected(job)) break;
      if (handled >= limit || Date.now() - started > SLICE_MS) {
        finished = false;
        break;
      }
    }
  }
  if (finished && !rejected(job)) advance(job);
  job.updatedAt = deps.clock.now().toISOString();
  job.rev++;
  await deps.jobs.save(job);
  return importView(job);
}

/** Read through a function: TypeScript would otherwise keep the phase narrowed across awaits. */
const rejected = (job: GuideImportJob) => job.phase === 'rejected';

function check(job: GuideImportJob, record: RawRecord, known: Known) {
  if (job.format === 'csv' && !job.headers) {
    // Without its header row a spreadsheet cannot be read at all: stop here.
    if (!readHeaders(job, record)) job.phase = 'rejected';
    return;
  }
  job.rows++;
  const { code, problems } = toDraft(job, record, known);
  if (code && job.codes.includes(code))
    problems.push({
      line: record.line,
      column: '事项编码',
      message: `事项编码「${code}」在文件中重复出现`,
    });
  if (code) job.codes.push(code);
  if (problems.length) {
    job.invalid++;
    job.invalidLines.push(record.line);
    problems.forEach((problem) => addProblem(job, problem));
  }
}

/** After checking: write, or stop with nothing written; after writing: done. */
function advance(job: GuideImportJob) {
  if (job.phase === 'writing') {
    job.phase = 'done';
    return;
  }
  if ((job.invalid > 0 && job.mode === 'all') || job.rows === job.invalid) {
    job.phase = 'rejected';
    if (job.rows === 0) addProblem(job, { line: 1, message: '文件中没有办事指南' });
    return;
  }
  job.phase = 'writing';
  job.offset = 0;
  job.line = 1;
  job.codes = [];
}

async function write(
  deps: WorkflowDeps,
  actor: StaffActor,
  job: GuideImportJob,
  record: RawRecord,
  known: Known,
) {
  if (job.format === 'csv' && record.line === 1) return; // the header
  if (job.invalidLines.includes(record.line)) return;
  const { draft } = toDraft(job, record, known);
  if (!draft) return;
  const existing = await deps.workflow.findGuideByCode(draft.code);
  // The same as stored: nothing to do, even for a guide now under review.
  const stored = existing ? await deps.workflow.get(existing) : undefined;
  if (stored && diffDrafts(stored.draft, draft, { segments: false }).length === 0) {
    job.unchanged++;
    return;
  }
  try {
    const saved = existing
      ? await updateDraft(deps, actor, existing, draft)
      : await createDraft(deps, actor, draft);
    // An update that changes nothing returns the item as it was, last changed before this import.
    if (!existing) job.created++;
    else if (saved.updatedAt > job.createdAt) job.updated++;
    else job.unchanged++;
    if (job.submit && (saved.status === 'draft' || saved.status === 'returned'))
      await submitForReview(deps, actor, saved.id);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'CONFLICT') throw error;
    // Under review or scheduled: the reviewer's version is not changed under them.
    job.skipped++;
    addProblem(job, {
      line: record.line,
      column: '事项编码',
      message: `「${draft.code}」正在审核或已定时发布，本次未更新：${error.message}`,
    });
  }
}
