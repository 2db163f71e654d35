import { HONOUR_KIND_CODES, INDUSTRY_CODES, isDistrictCode, SKILL_LEVEL_CODES, type HonourKind, type IndustryCode, type SkillLevel } from '@bayu/reference';

/** The search form as typed; '' means "any". Kept in the URL so the back button returns to the results. */
export interface WorkerSearchForm {
  readonly name: string;
  readonly employer: string;
  readonly district: string;
  readonly industry: string;
  readonly occupation: string;
  readonly level: string;
  readonly honour: string;
}

/** The query of GET /api/v1/workers (without limit and cursor). */
export interface WorkerSearchQuery {
  name?: string;
  employer?: string;
  district?: string;
  industry?: IndustryCode;
  occupation?: string;
  level?: SkillLevel | 'none';
  honour?: HonourKind;
}

export const EMPTY_SEARCH: WorkerSearchForm = { name: '', employer: '', district: '', industry: '', occupation: '', level: '', honour: '' };

export const SEARCH_FIELDS = Object.keys(EMPTY_SEARCH) as ReadonlyArray<keyof WorkerSearchForm>;

const LIMITS: Partial<Record<keyof WorkerSearchForm, number>> = { name: 50, employer: 200, occupation: 100 };
const LEVELS: readonly string[] = [...SKILL_LEVEL_CODES, 'none'];

const isIndustry = (v: string): v is IndustryCode => (INDUSTRY_CODES as readonly string[]).includes(v);
const isLevel = (v: string): v is SkillLevel | 'none' => LEVELS.includes(v);
const isHonour = (v: string): v is HonourKind => (HONOUR_KIND_CODES as readonly string[]).includes(v);

/** Reads the form from the URL, dropping values the API would refuse (an old bookmark, a hand-edited link). */
export function searchFormFromParams(params: URLSearchParams): WorkerSearchForm {
  const text = (key: keyof WorkerSearchForm) => (params.get(key) ?? '').slice(0, LIMITS[key] ?? 100);
  const pick = (key: keyof WorkerSearchForm, valid: (v: string) => boolean) => {
    const value = params.get(key) ?? '';
    return valid(value) ? value : '';
  };
  return {
    name: text('name'),
    employer: text('employer'),
    occupation: text('occupation'),
    district: pick('district', isDistrictCode),
    industry: pick('industry', isIndustry),
    level: pick('level', isLevel),
    honour: pick('honour', isHonour),
  };
}

/** The URL of a search: only the criteria given, trimmed. */
export function searchFormToParams(form: WorkerSearchForm): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of SEARCH_FIELDS) {
    const value = form[key].trim();
    if (value) params.set(key, value);
  }
  return params;
}

/** The API query of a search form: blank criteria left out, free text trimmed. */
export function searchQueryOf(form: WorkerSearchForm): WorkerSearchQuery {
  const query: WorkerSearchQuery = {};
  const name = form.name.trim();
  const employer = form.employer.trim();
  const occupation = form.occupation.trim();
  if (name) query.name = name;
  if (employer) query.employer = employer;
  if (occupation) query.occupation = occupation;
  if (isDistrictCode(form.district)) query.district = form.district;
  if (isIndustry(form.industry)) query.industry = form.industry;
  if (isLevel(form.level)) query.level = form.level;
  if (isHonour(form.honour)) query.honour = form.honour;
  return query;
}

export function hasCriteria(form: WorkerSearchForm): boolean {
  return Object.keys(searchQueryOf(form)).length > 0;
}
