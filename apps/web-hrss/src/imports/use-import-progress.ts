import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer } from 'react';
import { useApi } from '@bayu/web-shell';
import { INITIAL_PROGRESS, isFinished, progressReducer, type ImportJob, type ProgressSource } from './progress';
import { useImport } from './queries';

export interface ImportProgress {
  readonly job: ImportJob | null;
  readonly source: ProgressSource;
  readonly error: unknown;
  readonly retry: () => void;
}

/**
 * Live progress of an import: the SSE stream `/imports/{id}/progress` (read with fetch, so it carries the
 * token), falling back to polling GET /imports/{id} when the stream fails or closes before the end.
 */
export function useImportProgress(id: string): ImportProgress {
  const { raw } = useApi();
  const client = useQueryClient();
  const [state, dispatch] = useReducer(progressReducer, INITIAL_PROGRESS);
  const poll = useImport(id, state.source === 'polling');

  useEffect(() => {
    if (poll.data) dispatch({ type: 'snapshot', job: poll.data });
  }, [poll.data]);

  useEffect(() => {
    const controller = new AbortController();
    raw
      .events<ImportJob>(
        `/api/v1/imports/${encodeURIComponent(id)}/progress`,
        (event) => {
          if (event.event === 'progress' || event.event === 'message') dispatch({ type: 'snapshot', job: event.data });
        },
        controller.signal,
      )
      .then(() => {
        if (!controller.signal.aborted) dispatch({ type: 'stream-ended' });
      })
      .catch(() => {
        if (!controller.signal.aborted) dispatch({ type: 'stream-failed' });
      });
    return () => controller.abort();
  }, [raw, id]);

  const finished = isFinished(state.job);
  useEffect(() => {
    if (!finished) return;
    // New people change the search results and the statistics; the list shows the final counts.
    void client.invalidateQueries({ queryKey: ['imports', 'list'] });
    void client.invalidateQueries({ queryKey: ['workers'] });
    void client.invalidateQueries({ queryKey: ['statistics'] });
  }, [finished, client]);

  return { job: state.job ?? poll.data ?? null, source: state.source, error: poll.error, retry: () => void poll.refetch() };
}
