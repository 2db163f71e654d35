import type { ResponseOf } from '@bayu/api-client';

/** An import job as GET /imports/{id} and each Server-Sent Event carry it. */
export type ImportJob = ResponseOf<'/api/v1/imports/{id}', 'get'>;

/**
 * Where the screen gets progress from: the SSE stream first; polling GET /imports/{id} once the stream
 * fails or closes early; nothing once the job has ended.
 */
export type ProgressSource = 'stream' | 'polling' | 'done';

export interface ProgressState {
  readonly job: ImportJob | null;
  readonly source: ProgressSource;
}

export type ProgressAction =
  | { readonly type: 'snapshot'; readonly job: ImportJob }
  | { readonly type: 'stream-failed' }
  | { readonly type: 'stream-ended' };

export const INITIAL_PROGRESS: ProgressState = { job: null, source: 'stream' };

export function isFinished(job: Pick<ImportJob, 'status'> | null | undefined): boolean {
  return job?.status === 'completed' || job?.status === 'failed';
}

const STATUS_ORDER: Readonly<Record<ImportJob['status'], number>> = { queued: 0, running: 1, completed: 2, failed: 2 };

/** Whether `next` is older than what is on screen (a poll answered after a newer stream event). */
function isStale(current: ImportJob, next: ImportJob): boolean {
  if (STATUS_ORDER[next.status] !== STATUS_ORDER[current.status]) return STATUS_ORDER[next.status] < STATUS_ORDER[current.status];
  return next.rowsRead < current.rowsRead;
}

export function progressReducer(state: ProgressState, action: ProgressAction): ProgressState {
  switch (action.type) {
    case 'snapshot': {
      if (state.job && state.job.id === action.job.id && isStale(state.job, action.job)) return state;
      return { job: action.job, source: isFinished(action.job) ? 'done' : state.source };
    }
    case 'stream-failed':
    case 'stream-ended':
      // A stream that closes before the job ends (a proxy timeout, a restart) hands over to polling.
      return state.source === 'done' || isFinished(state.job) ? state : { ...state, source: 'polling' };
  }
}

/** The progress bar's value (0–100), or undefined while the total is unknown (XLSX before the end). */
export function progressValue(job: ImportJob | null): number | undefined {
  if (!job) return undefined;
  if (job.status === 'completed') return 100;
  if (job.status === 'queued') return job.percent ?? 0;
  return job.percent ?? undefined;
}

/** The final counts: accepted rows are new registrations plus people already in the registry. */
export function importCounts(job: ImportJob) {
  return {
    read: job.rowsRead,
    accepted: job.rowsRegistered + job.rowsAlreadyRegistered,
    registered: job.rowsRegistered,
    alreadyRegistered: job.rowsAlreadyRegistered,
    rejected: job.rowsRejected,
  };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The media type to send: browsers name CSV files differently (Windows says application/vnd.ms-excel). */
export function uploadContentType(fileName: string): string {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX;
  return 'application/octet-stream';
}

/** The upload URL: the file name travels as a query parameter, the bytes as the body. */
export function uploadPath(fileName: string): string {
  return `/api/v1/imports?fileName=${encodeURIComponent(fileName.replace(/^.*[\\/]/, '').slice(0, 255))}`;
}

/** "名册.csv" → "名册-错误报告.csv", as the registry names the attachment. */
export function errorReportName(fileName: string, suffix: string): string {
  return `${fileName.replace(/\.[^.]+$/, '')}-${suffix}.csv`;
}

/** What one upload may be, as the registry publishes it from its configuration (GET /api/v1/imports/limits). */
export type ImportLimits = ResponseOf<'/api/v1/imports/limits', 'get'>;

/**
 * What the file field checks before sending (types and size), or nothing while the limits are unknown
 * (loading, or not to be had): the clerk is never held up, and the registry decides in any case.
 */
export function importFieldLimits(limits: Pick<ImportLimits, 'acceptedTypes' | 'maxBytes'> | undefined): { readonly accept?: string; readonly maxBytes?: number } {
  if (!limits) return {};
  return { accept: limits.acceptedTypes.join(','), maxBytes: limits.maxBytes };
}
