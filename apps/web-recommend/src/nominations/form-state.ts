import type { RequestOf, ResponseOf } from '@bayu/api-client';
import { normaliseNationalId } from '@bayu/national-id/format';
import { CONTRIBUTION_CRITERIA, type ContributionCriterion } from '@bayu/reference';

export type CreateNominationBody = RequestOf<'/api/v1/nominations', 'post'>;
export type ReplaceNominationBody = RequestOf<'/api/v1/nominations/{id}', 'put'>;
export type NominationFormBody = CreateNominationBody['form'];
/** A correction's `form`: the ID number may be left out, and the API keeps the saved one. */
export type CorrectedFormBody = ReplaceNominationBody['form'];
export type NominationView = ResponseOf<'/api/v1/nominations/{id}', 'get'>;

export const CRITERIA: readonly ContributionCriterion[] = CONTRIBUTION_CRITERIA.map((c) => c.code);

/** The 推荐表 as the user edits it: every control's raw value, strings and ticks only. */
export interface FormState {
  readonly recommenderKind: 'district' | 'department';
  readonly departmentCode: string;
  readonly name: string;
  readonly gender: string;
  readonly birthYearMonth: string;
  /** The ID number as typed. On a saved form it starts empty: left empty, the API keeps the saved number. */
  readonly nationalId: string;
  readonly ethnicity: string;
  readonly politicalAffiliation: string;
  readonly education: string;
  readonly occupation: string;
  readonly skillLevel: string;
  readonly professionalTitle: string;
  readonly employerName: string;
  readonly workStartYearMonth: string;
  readonly employerAddress: string;
  readonly employerPostcode: string;
  readonly employerContact: string;
  readonly employerPhone: string;
  readonly deedsAndAwards: string;
  readonly deedsStatement: string;
  readonly contributions: Readonly<Record<ContributionCriterion, { readonly ticked: boolean; readonly evidence: string }>>;
}

export type TextKey = Exclude<keyof FormState, 'recommenderKind' | 'contributions'>;

const noContributions = () => Object.fromEntries(CRITERIA.map((c) => [c, { ticked: false, evidence: '' }])) as FormState['contributions'];

export function emptyFormState(defaults: { employerName?: string } = {}): FormState {
  return {
    recommenderKind: 'district',
    departmentCode: '',
    name: '',
    gender: '',
    birthYearMonth: '',
    nationalId: '',
    ethnicity: '汉族',
    politicalAffiliation: '',
    education: '',
    occupation: '',
    skillLevel: '',
    professionalTitle: '',
    employerName: defaults.employerName ?? '',
    workStartYearMonth: '',
    employerAddress: '',
    employerPostcode: '',
    employerContact: '',
    employerPhone: '',
    deedsAndAwards: '',
    deedsStatement: '',
    contributions: noContributions(),
  };
}

/**
 * A saved form back in the editor. The API never returns the ID number (only masked), and needs it only to
 * change the person: the field starts empty, and a correction without a new number keeps the saved one.
 */
export function formStateFromView(view: Pick<NominationView, 'recommender' | 'form'>): FormState {
  const f = view.form;
  const contributions = { ...noContributions() } as Record<ContributionCriterion, { ticked: boolean; evidence: string }>;
  for (const c of f.contributions) contributions[c.criterion] = { ticked: true, evidence: c.evidence };
  return {
    recommenderKind: view.recommender.kind,
    departmentCode: view.recommender.kind === 'department' ? view.recommender.code : '',
    name: f.name,
    gender: f.gender,
    birthYearMonth: f.birthYearMonth,
    nationalId: '',
    ethnicity: f.ethnicity,
    politicalAffiliation: f.politicalAffiliation,
    education: f.education,
    occupation: f.occupation,
    skillLevel: f.qualification.skillLevel ?? '',
    professionalTitle: f.qualification.professionalTitle ?? '',
    employerName: f.employerName,
    workStartYearMonth: f.workStartYearMonth,
    employerAddress: f.employerAddress,
    employerPostcode: f.employerPostcode,
    employerContact: f.employerContact,
    employerPhone: f.employerPhone,
    deedsAndAwards: f.deedsAndAwards,
    deedsStatement: f.deedsStatement,
    contributions,
  };
}

/** The ticked criteria in the order they are sent, so the API's `form.contributions.N` errors map back. */
export function tickedCriteria(state: FormState): ContributionCriterion[] {
  return CRITERIA.filter((c) => state.contributions[c].ticked);
}

/**
 * The `form` of the request: trimmed text, optional qualification parts left out when empty, ticked criteria
 * only, and the ID number normalised, or left out when none was typed (a correction then keeps the saved one).
 */
export function toFormBody(state: FormState): CorrectedFormBody {
  const text = (value: string) => value.trim();
  const qualification: NominationFormBody['qualification'] = {};
  if (state.skillLevel) qualification.skillLevel = state.skillLevel as NonNullable<NominationFormBody['qualification']['skillLevel']>;
  if (text(state.professionalTitle)) qualification.professionalTitle = text(state.professionalTitle);
  const nationalId = normaliseNationalId(state.nationalId);
  return {
    name: text(state.name),
    gender: state.gender as NominationFormBody['gender'],
    birthYearMonth: state.birthYearMonth,
    ...(nationalId ? { nationalId } : {}),
    ethnicity: state.ethnicity as NominationFormBody['ethnicity'],
    politicalAffiliation: state.politicalAffiliation as NominationFormBody['politicalAffiliation'],
    education: state.education as NominationFormBody['education'],
    occupation: text(state.occupation),
    qualification,
    employerName: text(state.employerName),
    workStartYearMonth: state.workStartYearMonth,
    employerAddress: text(state.employerAddress),
    employerPostcode: text(state.employerPostcode),
    employerContact: text(state.employerContact),
    employerPhone: text(state.employerPhone).replace(/\s+/g, ''),
    deedsAndAwards: text(state.deedsAndAwards),
    deedsStatement: text(state.deedsStatement),
    contributions: tickedCriteria(state).map((criterion) => ({ criterion, evidence: text(state.contributions[criterion].evidence) })),
  };
}

export function toCreateBody(state: FormState, campaignId: string): CreateNominationBody {
  const recommender: CreateNominationBody['recommender'] =
    state.recommenderKind === 'department' ? { kind: 'department', code: state.departmentCode as Extract<CreateNominationBody['recommender'], { kind: 'department' }>['code'] } : { kind: 'district' };
  return { campaignId, recommender, form: { ...toFormBody(state), nationalId: normaliseNationalId(state.nationalId) } };
}

/** A correction: without a typed ID number the request leaves it out, so the API keeps the saved one. */
export function toReplaceBody(state: FormState): ReplaceNominationBody {
  return { form: toFormBody(state) };
}

/** Once saved, the typed ID number is the saved one: the editor lets go of it and shows it masked. */
export function withSavedNationalId(state: FormState): FormState {
  return state.nationalId ? { ...state, nationalId: '' } : state;
}

/** A fingerprint of what would be sent, to tell whether the editor holds unsaved changes. */
export function fingerprint(state: FormState): string {
  return JSON.stringify(toFormBody(state));
}
