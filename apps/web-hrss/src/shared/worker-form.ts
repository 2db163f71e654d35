import { INDUSTRY_CODES, isDistrictCode, type IndustryCode } from '@bayu/reference';
import { normaliseNationalId } from '@bayu/national-id/format';

/** The editable facts of a worker, as typed in the register and edit forms. */
export interface WorkerFormValues {
  readonly name: string;
  readonly districtCode: string;
  readonly employerName: string;
  readonly employerId: string;
  readonly industryCode: string;
  readonly occupation: string;
}

export const EMPTY_WORKER_FORM: WorkerFormValues = { name: '', districtCode: '', employerName: '', employerId: '', industryCode: '', occupation: '' };
export const WORKER_FORM_FIELDS = Object.keys(EMPTY_WORKER_FORM) as ReadonlyArray<keyof WorkerFormValues>;
const REQUIRED: ReadonlyArray<keyof WorkerFormValues> = ['name', 'districtCode', 'employerName', 'industryCode', 'occupation'];

const isIndustry = (v: string): v is IndustryCode => (INDUSTRY_CODES as readonly string[]).includes(v);

/** Required fields left blank (or with a value not in the vocabulary): field → message key. */
export function checkWorkerForm(values: WorkerFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of REQUIRED) if (values[field].trim() === '') errors[field] = 'error.required';
  if (values.districtCode && !isDistrictCode(values.districtCode)) errors['districtCode'] = 'error.invalidValue';
  if (values.industryCode && !isIndustry(values.industryCode)) errors['industryCode'] = 'error.invalidValue';
  return errors;
}

/** The body of POST /api/v1/workers; gender and birth date come from the ID number on the server. */
export function registerBody(nationalId: string, values: WorkerFormValues) {
  const employerId = values.employerId.trim();
  return {
    nationalId: normaliseNationalId(nationalId),
    name: values.name.trim(),
    districtCode: values.districtCode,
    employerName: values.employerName.trim(),
    ...(employerId ? { employerId } : {}),
    industryCode: values.industryCode as IndustryCode,
    occupation: values.occupation.trim(),
  };
}

/** A worker as the API answers it (the fields the forms edit). */
export interface WorkerFacts {
  readonly name: string;
  readonly districtCode: string;
  readonly employerName: string;
  readonly employerId: string | null;
  readonly industryCode: string;
  readonly occupation: string;
}

export function formValuesOf(worker: WorkerFacts): WorkerFormValues {
  return {
    name: worker.name,
    districtCode: worker.districtCode,
    employerName: worker.employerName,
    employerId: worker.employerId ?? '',
    industryCode: worker.industryCode,
    occupation: worker.occupation,
  };
}

export interface WorkerPatch {
  name?: string;
  districtCode?: string;
  employerName?: string;
  employerId?: string | null;
  industryCode?: IndustryCode;
  occupation?: string;
}

/** The PATCH body: only what changed; a cleared employer id becomes null. Empty when nothing changed. */
export function workerPatch(worker: WorkerFacts, values: WorkerFormValues): WorkerPatch {
  const patch: WorkerPatch = {};
  const name = values.name.trim();
  const employerName = values.employerName.trim();
  const employerId = values.employerId.trim();
  const occupation = values.occupation.trim();
  if (name !== worker.name) patch.name = name;
  if (values.districtCode !== worker.districtCode) patch.districtCode = values.districtCode;
  if (employerName !== worker.employerName) patch.employerName = employerName;
  if (employerId !== (worker.employerId ?? '')) patch.employerId = employerId === '' ? null : employerId;
  if (values.industryCode !== worker.industryCode && isIndustry(values.industryCode)) patch.industryCode = values.industryCode;
  if (occupation !== worker.occupation) patch.occupation = occupation;
  return patch;
}

/** The If-Match header for the version a screen read: the registry's ETag is the quoted version. */
export function ifMatchOf(version: number): string {
  return `"${version}"`;
}

/**
 * After a conflict (412): the form on the latest version, keeping only the fields this user changed from the
 * version they started from, so saving again does not undo what the other person saved.
 */
export function rebaseForm(base: WorkerFacts, latest: WorkerFacts, values: WorkerFormValues): WorkerFormValues {
  const started = formValuesOf(base);
  const fresh = formValuesOf(latest);
  const result = { ...fresh };
  for (const field of WORKER_FORM_FIELDS) if (values[field].trim() !== started[field].trim()) result[field] = values[field];
  return result;
}
