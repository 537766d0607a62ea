import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../services/api-error';

export interface RemoteState<T> {
  data?: T;
  loading: boolean;
  error?: ApiError;
  reload: () => void;
}

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('INTERNAL');
}

/** Load one thing for a page, with loading and error states and a retry. */
export function useRemote<T>(load: () => Promise<T>, deps: unknown[]): RemoteState<T> {
  const [state, setState] = useState<{ data?: T; loading: boolean; error?: ApiError }>({
    loading: true,
  });
  const generation = useRef(0);
  const run = useCallback(() => {
    const mine = ++generation.current;
    setState((previous) => ({ data: previous.data, loading: true }));
    load().then(
      (data) => mine === generation.current && setState({ data, loading: false }),
      (error) =>
        mine === generation.current && setState({ loading: false, error: asApiError(error) }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(run, [run]);
  return { ...state, reload: run };
}
