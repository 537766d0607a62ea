import { useState } from 'react';
import type { FieldIssue, Validation } from '@sunshine/shared';
import { ApiError } from '../services/api-error';
import { signInIfNeeded } from '../services/sign-in-page';
import { isWeChatFailure } from '../services/wechat-call';
import { asApiError } from './use-remote';

/** A failed call as the page shows it: one message (none when the fields say it) and issues by field. */
export interface ShownFailure {
  message?: string;
  issues: FieldIssue[];
}

/**
 * Staff read the words of whatever failed, the server's (a colleague acted first) or the device's
 * (a file that cannot be read), with the server's issues by field.
 */
export function ownWords(caught: unknown): ShownFailure {
  return {
    message:
      caught instanceof Error
        ? caught.message
        : // A device call not wrapped by weChatCall rejects with { errMsg }: never "[object Object]".
          isWeChatFailure(caught)
          ? '操作未完成，请重试'
          : String(caught),
    issues: caught instanceof ApiError ? caught.fields : [],
  };
}

interface ActionOptions {
  /** How a failure reads (default: its own words, as staff see them). */
  read?: (caught: unknown) => ShownFailure;
  /** Done after a failure is shown, e.g. ask a resident to sign in again. */
  onFailure?: (caught: unknown) => void;
  /** Where issues go when the form keeps its own (the draft editor's); otherwise the hook keeps them. */
  setIssues?: (issues: FieldIssue[]) => void;
}

interface RunOptions<K> {
  /** Which of several actions is running, for the button that shows it (default: just busy). */
  as?: K;
  /**
   * Stay busy after success: the form goes away then (a dialog closes, a question leaves the list),
   * and a second tap in between must not send again.
   */
  keepBusy?: boolean;
}

interface SubmitOptions<K> extends RunOptions<K> {
  /** Asked after the input is valid, before sending: a message stops the submission (e.g. privacy consent refused). */
  before?: () => Promise<string | undefined>;
}

/**
 * One thing sent at a time, and its failure shown: the one implementation of submit, busy and
 * failure handling for the staff pages and the resident forms (useSubmission below). `run` sends (a button without a
 * form: publish, retry, export); `submit` first checks the input with its shared schema and shows
 * the issues by field, sending only what is valid. A tap clears the last failure; `busy` keeps a
 * second tap from sending again while one is on its way. Both resolve to what was sent's answer,
 * or undefined when nothing was sent or it failed.
 */
export function useAction<K extends string = never>({
  read = ownWords,
  onFailure,
  setIssues: keepIssues,
}: ActionOptions = {}) {
  const [running, setRunning] = useState<K | true>();
  const [failure, setFailure] = useState<string>();
  const [ownIssues, setOwnIssues] = useState<FieldIssue[]>([]);
  const setIssues = keepIssues ?? setOwnIssues;

  const run = async <R>(
    work: () => Promise<R>,
    { as, keepBusy = false }: RunOptions<K> = {},
  ): Promise<R | undefined> => {
    setRunning(as ?? true);
    setFailure(undefined);
    try {
      const answer = await work();
      if (!keepBusy) setRunning(undefined);
      return answer;
    } catch (caught) {
      const shown = read(caught);
      setIssues(shown.issues);
      setFailure(shown.message);
      setRunning(undefined);
      onFailure?.(caught);
      return undefined;
    }
  };

  const submit = async <T, R>(
    checked: Validation<T>,
    send: (value: T) => Promise<R>,
    { before, ...options }: SubmitOptions<K> = {},
  ): Promise<R | undefined> => {
    setFailure(undefined);
    if (!checked.ok) {
      setIssues(checked.issues);
      return undefined;
    }
    setIssues([]);
    const stopped = await before?.();
    if (stopped) return refuse(stopped);
    return run(() => send(checked.value), options);
  };

  /** A tap refused before sending, for a reason the schema cannot see (a time already past). */
  const refuse = (message: string | undefined): undefined => {
    setFailure(message);
    return undefined;
  };

  /** The first issue of a field or of anything inside it (`contact` covers `contact.phone`). */
  const issueOf = (field: string) =>
    ownIssues.find((issue) => issue.field === field || issue.field.startsWith(`${field}.`))
      ?.message;

  return {
    run,
    submit,
    refuse,
    busy: running !== undefined,
    running,
    failure,
    issues: ownIssues,
    setIssues,
    issueOf,
  };
}

interface Options {
  /** Asked after the input is valid, before sending: a message stops the submission (e.g. privacy consent refused). */
  before?: () => Promise<string | undefined>;
  /** What to say above the form when the server named fields (default: nothing, the fields say it). */
  fieldsMessage?: string;
}

/**
 * The submit sequence of a resident's form, on `useAction`: the input checked with its shared
 * schema, then sent; a refusal becomes field issues or one message in the product's words (never
 * an internal one), with a sign-in asked for when the session is gone.
 */
export function useSubmission<T, R>(
  send: (value: T) => Promise<R>,
  { before, fieldsMessage }: Options = {},
) {
  const action = useAction({
    read: (caught) => {
      const error = asApiError(caught);
      return { message: error.fields.length ? fieldsMessage : error.message, issues: error.fields };
    },
    onFailure: (caught) => signInIfNeeded(asApiError(caught)),
  });
  const submit = async (checked: Validation<T>): Promise<void> => {
    await action.submit(checked, send, { before });
  };
  return {
    submit,
    busy: action.busy,
    failure: action.failure,
    issues: action.issues,
    issueOf: action.issueOf,
  };
}
