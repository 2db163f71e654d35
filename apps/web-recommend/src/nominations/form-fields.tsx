import { useEffect, useRef } from 'react';
import { EDUCATION_LEVELS, ETHNIC_GROUPS, POLITICAL_AFFILIATIONS } from '@bayu/reference';
import { Button, Card, Checkbox, Grid, Select, TextArea, TextField, useLocale, useT } from '@bayu/ui';
import { criterionName, skillLevelOptions } from '../shared/names';
import { checkNationalId, LIMITS } from './form-checks';
import { CRITERIA, type FormState, type TextKey } from './form-state';

/** What the field sections need from the editor: the values, a setter, and each field's error by API path. */
export interface FieldBinder {
  readonly state: FormState;
  readonly set: (patch: Partial<FormState>) => void;
  readonly error: (field: string) => string | undefined;
  readonly touch: (field: string) => void;
}

/** The API path of a control's value (its errors come back under it). */
export function pathOf(key: TextKey): string {
  if (key === 'skillLevel' || key === 'professionalTitle') return `form.qualification.${key}`;
  if (key === 'departmentCode') return 'recommender.code';
  return `form.${key}`;
}

function useText(b: FieldBinder) {
  const t = useT();
  return (key: TextKey, options: { required?: boolean; hint?: string } = {}) => ({
    label: t(`form.${key}`),
    name: key,
    value: b.state[key],
    onChange: (value: string) => b.set({ [key]: value } as Partial<FormState>),
    onBlur: () => b.touch(pathOf(key)),
    error: b.error(pathOf(key)),
    required: options.required ?? true,
    hint: options.hint,
  });
}

/** A saved form's ID number: the API shows it masked and keeps it unless the user asks to change it. */
export interface SavedNationalId {
  readonly masked: string;
  /** The user asked to change it: the ID field is open. */
  readonly changing: boolean;
  readonly setChanging: (changing: boolean) => void;
}

/**
 * The ID number. On a new form it is typed and checked as it is typed (GB 11643). On a saved form it is not
 * asked again: the masked number is shown with an action that opens the field for a new one, checked the same
 * way; left empty, the correction keeps the saved number.
 */
function NationalIdField({ b, savedId }: { b: FieldBinder; savedId?: SavedNationalId }) {
  const t = useT();
  const text = useText(b);
  const box = useRef<HTMLDivElement>(null);
  const toggled = useRef(false);
  const typing = !savedId || savedId.changing || b.state.nationalId !== '' || b.error('form.nationalId') !== undefined;
  useEffect(() => {
    // After “change” or “keep”, focus follows to what replaced the button pressed.
    if (!toggled.current) return;
    toggled.current = false;
    box.current?.querySelector<HTMLElement>(typing ? 'input' : 'button')?.focus();
  }, [typing]);
  const toggle = (changing: boolean) => {
    toggled.current = true;
    if (!changing) b.set({ nationalId: '' });
    savedId?.setChanging(changing);
  };

  if (savedId && !typing) {
    return (
      <div ref={box} className="recommend-national-id">
        <TextField label={t('form.nationalId')} name="nationalIdMasked" value={savedId.masked} onChange={() => undefined} readOnly hint={t('form.nationalId.saved')} />
        <Button variant="secondary" onClick={() => toggle(true)}>
          {t('form.nationalId.change')}
        </Button>
      </div>
    );
  }
  const id = b.state.nationalId.trim() ? checkNationalId(b.state.nationalId) : null;
  const idHint = id?.ok
    ? t('form.nationalId.valid', { gender: t(`gender.${id.facts.gender}`), year: id.facts.birthDate.slice(0, 4), month: Number(id.facts.birthDate.slice(5, 7)) })
    : savedId
      ? t('form.nationalId.replaceHint', { masked: savedId.masked })
      : t('form.nationalId.hint');
  return (
    <div ref={box} className="recommend-national-id">
      <TextField {...text('nationalId', { hint: idHint, required: !savedId })} maxLength={22} autoComplete="off" inputMode="text" />
      {savedId && (
        <Button variant="secondary" onClick={() => toggle(false)}>
          {t('form.nationalId.keep')}
        </Button>
      )}
    </div>
  );
}

export function PersonFields({ b, savedId }: { b: FieldBinder; savedId?: SavedNationalId }) {
  const t = useT();
  const text = useText(b);
  const choose = t('form.select');
  return (
    <Card title={t('form.section.person')}>
      <Grid minColumnWidth="15rem" gap="sm">
        <TextField {...text('name')} autoComplete="off" />
        <NationalIdField b={b} savedId={savedId} />
        <Select {...text('gender')} placeholder={choose} options={(['male', 'female'] as const).map((g) => ({ value: g, label: t(`gender.${g}`) }))} />
        <TextField {...text('birthYearMonth', { hint: t('form.yearMonth.hint') })} type="month" />
        <Select {...text('ethnicity')} placeholder={choose} options={ETHNIC_GROUPS.map((e) => ({ value: e, label: e }))} />
        <Select {...text('politicalAffiliation')} placeholder={choose} options={POLITICAL_AFFILIATIONS.map((p) => ({ value: p, label: t(`affiliation.${p}`) }))} />
        <Select {...text('education')} placeholder={choose} options={EDUCATION_LEVELS.map((e) => ({ value: e, label: t(`education.${e}`) }))} />
      </Grid>
    </Card>
  );
}

export function WorkFields({ b }: { b: FieldBinder }) {
  const t = useT();
  const { locale } = useLocale();
  const text = useText(b);
  const qualificationError = b.error('form.qualification');
  return (
    <Card title={t('form.section.work')}>
      <Grid minColumnWidth="15rem" gap="sm">
        <TextField {...text('occupation')} />
        <Select
          {...text('skillLevel', { required: false, hint: t('form.qualification.hint') })}
          error={b.error('form.qualification.skillLevel') ?? qualificationError}
          placeholder={t('form.skillLevel.none')}
          options={skillLevelOptions(locale)}
        />
        <TextField {...text('professionalTitle', { required: false, hint: t('form.professionalTitle.hint') })} />
        <TextField {...text('employerName')} />
        <TextField {...text('workStartYearMonth', { hint: t('form.yearMonth.hint') })} type="month" />
        <TextField {...text('employerAddress')} />
        <TextField {...text('employerPostcode')} inputMode="numeric" maxLength={6} />
        <TextField {...text('employerContact')} />
        <TextField {...text('employerPhone', { hint: t('form.employerPhone.hint') })} type="tel" />
      </Grid>
    </Card>
  );
}

export function DeedsFields({ b }: { b: FieldBinder }) {
  const t = useT();
  const text = useText(b);
  return (
    <Card title={t('form.section.deeds')}>
      <TextArea {...text('deedsAndAwards', { hint: t('form.deedsAndAwards.hint') })} maxLength={LIMITS.deedsAndAwards} rows={8} />
      <TextArea {...text('deedsStatement', { hint: t('form.deedsStatement.hint') })} maxLength={LIMITS.deedsStatement} rows={10} />
    </Card>
  );
}

/** The four contribution criteria of seed 002: tick the ones met and describe each. */
export function ContributionFields({ b }: { b: FieldBinder }) {
  const t = useT();
  const { locale } = useLocale();
  const listError = b.error('form.contributions');
  let index = 0;
  return (
    <Card title={t('form.section.contributions')}>
      <p className="recommend-note">{t('form.contributions.hint')}</p>
      {listError && (
        <p className="bayu-field__error" role="alert">
          {listError}
        </p>
      )}
      {CRITERIA.map((criterion) => {
        const entry = b.state.contributions[criterion];
        const position = entry.ticked ? index++ : -1;
        const setEntry = (patch: Partial<typeof entry>) => b.set({ contributions: { ...b.state.contributions, [criterion]: { ...entry, ...patch } } });
        const name = criterionName(criterion, locale);
        return (
          <div key={criterion} className="recommend-criterion">
            <Checkbox label={name} name={`criterion-${criterion}`} checked={entry.ticked} onChange={(ticked) => setEntry({ ticked })} />
            {entry.ticked && (
              <TextArea
                label={t('form.contribution.evidence', { criterion: name })}
                name={`evidence-${criterion}`}
                value={entry.evidence}
                onChange={(evidence) => setEntry({ evidence })}
                onBlur={() => b.touch(`form.contributions.${position}.evidence`)}
                error={b.error(`form.contributions.${position}.evidence`) ?? b.error(`form.contributions.${position}.criterion`)}
                maxLength={LIMITS.contributionEvidence}
                required
                rows={3}
              />
            )}
          </div>
        );
      })}
    </Card>
  );
}
