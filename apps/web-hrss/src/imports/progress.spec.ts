import { describe, expect, it } from 'vitest';
import { errorReportName, importCounts, importFieldLimits, INITIAL_PROGRESS, progressReducer, progressValue, uploadContentType, uploadPath, type ImportJob, type ProgressState } from './progress';

const job = (patch: Partial<ImportJob> = {}): ImportJob => ({
  id: '0190a0a0-0000-7000-8000-000000000001',
  fileName: '城口名册.csv',
  fileBytes: 1024,
  format: 'csv',
  encoding: 'utf-8',
  status: 'running',
  failure: null,
  estimatedRows: 200,
  rowsRead: 0,
  rowsRegistered: 0,
  rowsAlreadyRegistered: 0,
  rowsRejected: 0,
  percent: 0,
  createdBy: 'hrss.clerk',
  createdAt: '2026-06-01T01:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  ...patch,
});

const run = (state: ProgressState, ...actions: Parameters<typeof progressReducer>[1][]) => actions.reduce(progressReducer, state);

describe('the import progress reducer', () => {
  it('follows the stream to the end', () => {
    const state = run(INITIAL_PROGRESS, { type: 'snapshot', job: job({ status: 'queued' }) }, { type: 'snapshot', job: job({ rowsRead: 100, percent: 50 }) });
    expect(state).toMatchObject({ source: 'stream', job: { rowsRead: 100 } });
    const done = run(state, { type: 'snapshot', job: job({ status: 'completed', rowsRead: 200, percent: 100 }) }, { type: 'stream-ended' });
    expect(done).toMatchObject({ source: 'done', job: { status: 'completed' } });
  });

  it('falls back to polling when the stream fails or closes before the end', () => {
    const running = run(INITIAL_PROGRESS, { type: 'snapshot', job: job({ rowsRead: 10 }) });
    expect(run(running, { type: 'stream-failed' }).source).toBe('polling');
    expect(run(running, { type: 'stream-ended' }).source).toBe('polling');
    expect(run(INITIAL_PROGRESS, { type: 'stream-failed' }).source).toBe('polling');
    expect(run(running, { type: 'stream-failed' }, { type: 'snapshot', job: job({ status: 'failed', failure: { code: 'x', detail: 'y' } }) }).source).toBe('done');
  });

  it('ignores an older snapshot that arrives after a newer one', () => {
    const state = run(INITIAL_PROGRESS, { type: 'snapshot', job: job({ rowsRead: 150 }) }, { type: 'snapshot', job: job({ rowsRead: 100 }) }, { type: 'snapshot', job: job({ status: 'queued' }) });
    expect(state.job?.rowsRead).toBe(150);
    const finished = run(state, { type: 'snapshot', job: job({ status: 'completed', rowsRead: 200 }) }, { type: 'snapshot', job: job({ rowsRead: 199 }) });
    expect(finished.job?.status).toBe('completed');
  });

  it('gives the progress bar a value, or none while an XLSX total is unknown', () => {
    expect(progressValue(job({ percent: 42 }))).toBe(42);
    expect(progressValue(job({ format: 'xlsx', percent: null }))).toBeUndefined();
    expect(progressValue(job({ status: 'queued', percent: null }))).toBe(0);
    expect(progressValue(job({ status: 'completed', percent: null }))).toBe(100);
    expect(progressValue(null)).toBeUndefined();
  });

  it('counts people already registered as accepted', () => {
    expect(importCounts(job({ status: 'completed', rowsRead: 10, rowsRegistered: 6, rowsAlreadyRegistered: 1, rowsRejected: 3 }))).toEqual({ read: 10, accepted: 7, registered: 6, alreadyRegistered: 1, rejected: 3 });
  });
});

describe('uploads and downloads', () => {
  it('sends the media type from the file name and the name as a query parameter', () => {
    expect(uploadContentType('名册.CSV')).toBe('text/csv');
    expect(uploadContentType('名册.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(uploadContentType('名册')).toBe('application/octet-stream');
    expect(uploadPath('C:\\fakepath\\城口 名册.csv')).toBe(`/api/v1/imports?fileName=${encodeURIComponent('城口 名册.csv')}`);
  });

  it('pre-checks type and size with the limits the registry publishes, and nothing while they are unknown', () => {
    const limits = { maxBytes: 2 * 1024 * 1024, acceptedTypes: ['text/csv', '.csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.xlsx'], maxRows: 5000 };
    expect(importFieldLimits(limits)).toEqual({ accept: 'text/csv,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.xlsx', maxBytes: 2 * 1024 * 1024 });
    expect(importFieldLimits(undefined)).toEqual({});
  });

  it('names the error report after the uploaded file', () => {
    expect(errorReportName('城口名册.csv', '错误报告')).toBe('城口名册-错误报告.csv');
    expect(errorReportName('register', 'errors')).toBe('register-errors.csv');
  });
});
