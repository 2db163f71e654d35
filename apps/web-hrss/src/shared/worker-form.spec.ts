import { describe, expect, it } from 'vitest';
import { ApiProblem } from '@bayu/api-client';
import { apiFieldErrors, problemOf, statusOf } from './problems';
import { checkWorkerForm, EMPTY_WORKER_FORM, formValuesOf, ifMatchOf, rebaseForm, registerBody, workerPatch } from './worker-form';

const worker = { name: '冉洪位', districtCode: '500229', employerName: '国网重庆城口供电公司', employerId: null, industryCode: 'D', occupation: '电力线路运维' };

describe('the worker forms', () => {
  it('require the registry fields and known district and industry codes', () => {
    expect(checkWorkerForm(EMPTY_WORKER_FORM)).toEqual({ name: 'error.required', districtCode: 'error.required', employerName: 'error.required', industryCode: 'error.required', occupation: 'error.required' });
    expect(checkWorkerForm({ ...formValuesOf(worker), districtCode: '999999', industryCode: 'Z' })).toEqual({ districtCode: 'error.invalidValue', industryCode: 'error.invalidValue' });
    expect(checkWorkerForm(formValuesOf(worker))).toEqual({});
  });

  it('register with the normalised ID number and without an empty employer code', () => {
    expect(registerBody(' 50022919790308412x ', { ...formValuesOf(worker), name: ' 冉洪位 ' })).toEqual({
      nationalId: '50022919790308412X',
      name: '冉洪位',
      districtCode: '500229',
      employerName: '国网重庆城口供电公司',
      industryCode: 'D',
      occupation: '电力线路运维',
    });
  });

  it('patch only what changed, a cleared employer code as null', () => {
    const values = formValuesOf({ ...worker, employerId: 'E-1' });
    expect(workerPatch(worker, formValuesOf(worker))).toEqual({});
    expect(workerPatch(worker, { ...formValuesOf(worker), occupation: ' 配电线路工 ', districtCode: '500103' })).toEqual({ occupation: '配电线路工', districtCode: '500103' });
    expect(workerPatch({ ...worker, employerId: 'E-1' }, { ...values, employerId: '' })).toEqual({ employerId: null });
    expect(workerPatch(worker, { ...formValuesOf(worker), employerId: 'E-2' })).toEqual({ employerId: 'E-2' });
  });

  it('send the version read as a quoted If-Match', () => {
    expect(ifMatchOf(3)).toBe('"3"');
  });
});

describe('API problems in forms', () => {
  const t = (key: string) => `«${key}»`;

  it('show known validation codes in the UI language and other details as the service wrote them', () => {
    const problem = {
      title: '请求参数有误',
      errors: [
        { field: 'name', detail: 'Too small: expected string to have >=1 characters', code: 'too_small' },
        { field: 'nationalId', detail: 'a worker with this ID number is already registered', code: 'duplicate' },
        { field: 'occupation', detail: 'something particular', code: 'custom' },
      ],
    };
    expect(apiFieldErrors(problem, t)).toEqual({ name: '«error.tooSmall»', nationalId: '«error.nationalIdDuplicate»', occupation: 'something particular' });
    expect(apiFieldErrors(null, t)).toEqual({});
  });

  it('read the problem and status of a failed call', () => {
    const error = new ApiProblem(412, { status: 412, code: 'worker.version-conflict', title: '该人员信息已被他人修改' });
    expect(problemOf(error)).toMatchObject({ code: 'worker.version-conflict' });
    expect(statusOf(error)).toBe(412);
    expect(statusOf(new Error('x'))).toBe(0);
    expect(problemOf(undefined)).toBeNull();
    expect(problemOf(new Error('boom'))).toEqual({ detail: 'boom' });
  });
});

describe('a conflicting edit', () => {
  it('continues from the latest version, keeping only the fields this user changed', () => {
    const latest = { ...worker, employerName: '国网重庆市电力公司城口供电分公司' };
    const mine = { ...formValuesOf(worker), occupation: '配电线路工' };
    const rebased = rebaseForm(worker, latest, mine);
    expect(rebased).toEqual({ ...formValuesOf(latest), occupation: '配电线路工' });
    expect(workerPatch(latest, rebased)).toEqual({ occupation: '配电线路工' });
  });
});
