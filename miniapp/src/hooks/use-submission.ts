import { useState } from 'react';
import type { FieldIssue, Validation } from '@sunshine/shared';
import { signInIfNeeded } from '../services/sign-in-page';
import { asApiError } from './use-remote';

interface Options {
  /** Asked after the input is valid, before sending: a message stops the submission (e.g. privacy consent refused). */
  before?: () => Promise<string | undefined>;
  /** What to say above the form when the server named fields (default: nothing, the fields say it). */
  fieldsMessage?: string;
}

/**
 * The submit sequence of a resident's form: the input checked with its shared schema (issues by
 * field), then sent; a refusal becomes field issues or one message, with a sign-in asked for when
 * the session is gone. `busy` keeps a second tap from sending again while one is on its way.
 */
export function useSubmission<T, R>(send: (value: T) => Promise<R>, { before, fieldsMessage }: Options = {}) {
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (checked: Validation<T>): Promise<void> => {
    setFailure(undefined);
    if (!checked.ok) return setIssues(checked.issues);
    setIssues([]);
    const stopped = await before?.();
    if (stopped) return setFailure(stopped);
    setBusy(true);
    try {
      await send(checked.value);
    } catch (caught) {
      const error = asApiError(caught);
      signInIfNeeded(error);
      setIssues(error.fields);
      setFailure(error.fields.length ? fieldsMessage : error.message);
    } finally {
      setBusy(false);
    }
  };

  /** The first issue of a field or of anything inside it (`contact` covers `contact.phone`). */
  const issueOf = (field: string) => issues.find((issue) => issue.field === field || issue.field.startsWith(`${field}.`))?.message;

  return { submit, busy, failure, issues, issueOf };
}
