import { useEffect, useRef, useState } from 'react';
import type { GuideImportView, ImportMode } from '@sunshine/shared';
import { ownWords, useAction } from '../../../../hooks/use-submission';
import { uploadImportFile, type ImportFile } from '../../../../services/guide-import';
import { continueGuideImport, startGuideImport } from '../../../../services/staff';

export interface ImportOptions {
  mode: ImportMode;
  submit: boolean;
}

interface GuideImportState {
  uploading: boolean;
  /** The uploaded file, kept so a rejected job can be run again on it with mode valid_only. */
  key?: string;
  job?: GuideImportView;
}

/** A job is over once rejected or done; until then the client drives it slice by slice. */
export const isFinished = (job: GuideImportView) =>
  job.phase === 'rejected' || job.phase === 'done';

/** What went wrong, in the words the server chose: its per-field messages if it gave any. */
function messageOf(caught: unknown): string {
  const { message, issues } = ownWords(caught);
  return issues.length > 0 ? issues.map((issue) => issue.message).join('；') : message!;
}

/**
 * Upload a catalogue file and run its import job to the end. The server does the work one slice
 * per call, so this calls continue until the job is finished, showing each answer as progress.
 * A failed call leaves the job where it was: `resume` carries on from there.
 */
export function useGuideImport() {
  const [state, setState] = useState<GuideImportState>({ uploading: false });
  // Uploading, starting or following a job is busy: no second import meanwhile.
  const action = useAction({ read: (caught) => ({ message: messageOf(caught), issues: [] }) });
  // Stop driving the job when the page closes; the server keeps it as it was.
  const open = useRef(true);
  useEffect(
    () => () => {
      open.current = false;
    },
    [],
  );

  const update = (change: Partial<GuideImportState>) => {
    if (open.current) setState((previous) => ({ ...previous, ...change }));
  };

  const follow = async (started: GuideImportView) => {
    let job = started;
    update({ job });
    while (open.current && !isFinished(job)) {
      job = await continueGuideImport(job.id);
      update({ job });
    }
  };

  const run = async (work: () => Promise<void>) => {
    await action.run(async () => {
      try {
        await work();
      } finally {
        update({ uploading: false });
      }
    });
  };

  /** A new file: forget the last job, upload, then check and write. */
  const importFile = (file: ImportFile, options: ImportOptions) =>
    run(async () => {
      update({ uploading: true, key: undefined, job: undefined });
      const key = await uploadImportFile(file);
      update({ uploading: false, key });
      await follow(await startGuideImport({ key, ...options }));
    });

  /** After a rejection: a new job on the same file that leaves out the invalid rows. */
  const importValidOnly = (submit: boolean) => {
    const { key } = state;
    if (!key) return Promise.resolve();
    return run(async () => follow(await startGuideImport({ key, mode: 'valid_only', submit })));
  };

  const resume = () => {
    const { job } = state;
    if (!job || isFinished(job)) return Promise.resolve();
    return run(() => follow(job));
  };

  return {
    ...state,
    busy: action.busy,
    error: action.failure,
    importFile,
    importValidOnly,
    resume,
  };
}
