import type {
  ActorRef,
  ImportFormat,
  ImportMode,
  ImportPhase,
  ImportProblem,
} from '@sunshine/shared';

/** An import of guides in progress: where it is in the file, and what it found and did so far. */
export interface GuideImportJob {
  id: string;
  key: string;
  format: ImportFormat;
  mode: ImportMode;
  submit: boolean;
  createdBy: ActorRef;
  createdAt: string;
  updatedAt: string;
  phase: ImportPhase;
  /** Where the current phase resumes in the file: byte offset and the line (or item) there. */
  offset: number;
  line: number;
  size: number;
  /** The CSV header row, once read. */
  headers?: string[];
  rows: number;
  invalid: number;
  problems: ImportProblem[];
  moreProblems: number;
  /** Codes met so far while checking: a code twice in one file is a problem of the second row. */
  codes: string[];
  /** Lines found invalid while checking: the writing phase skips them. */
  invalidLines: number[];
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Incremented by every save; a save that expected another value fails (two tabs, one import). */
  rev: number;
}

export interface ImportJobStore {
  /** Pattern 31: one job. */
  get(id: string): Promise<GuideImportJob | undefined>;
  /** Pattern 32: create (rev 1) or replace the job whose stored rev is `job.rev - 1`; else StaleWriteError. */
  save(job: GuideImportJob): Promise<void>;
}
