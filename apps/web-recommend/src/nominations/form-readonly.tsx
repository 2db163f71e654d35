import { Card, DescriptionList, useLocale, useT } from '@bayu/ui';
import { criterionName, recommenderName, skillLevelName } from '../shared/names';
import type { NominationView } from './form-state';

/** The form as submitted, read-only; the ID number only masked, as the API gives it. */
export function FormReadOnly({ view }: { view: NominationView }) {
  const t = useT();
  const { locale } = useLocale();
  const f = view.form;
  const yearMonth = (value: string) => t('detail.yearMonth', { year: value.slice(0, 4), month: Number(value.slice(5, 7)) });
  const qualification = [skillLevelName(f.qualification.skillLevel, locale), f.qualification.professionalTitle].filter(Boolean).join(locale === 'en' ? '; ' : '；');
  return (
    <>
      <Card title={t('form.section.person')}>
        <DescriptionList
          items={[
            { term: t('form.name'), detail: f.name },
            { term: t('detail.nationalIdMasked'), detail: <span className="recommend-mono">{view.nationalIdMasked}</span> },
            { term: t('form.gender'), detail: t(`gender.${f.gender}`) },
            { term: t('form.birthYearMonth'), detail: yearMonth(f.birthYearMonth) },
            { term: t('form.ethnicity'), detail: f.ethnicity },
            { term: t('form.politicalAffiliation'), detail: t(`affiliation.${f.politicalAffiliation}`) },
            { term: t('form.education'), detail: t(`education.${f.education}`) },
            { term: t('detail.recommender'), detail: recommenderName(view.recommender, locale) },
          ]}
        />
      </Card>
      <Card title={t('form.section.work')}>
        <DescriptionList
          items={[
            { term: t('form.occupation'), detail: f.occupation },
            { term: t('detail.qualification'), detail: qualification },
            { term: t('form.employerName'), detail: f.employerName },
            { term: t('form.workStartYearMonth'), detail: yearMonth(f.workStartYearMonth) },
            { term: t('form.employerAddress'), detail: f.employerAddress },
            { term: t('form.employerPostcode'), detail: f.employerPostcode },
            { term: t('form.employerContact'), detail: f.employerContact },
            { term: t('form.employerPhone'), detail: f.employerPhone },
          ]}
        />
      </Card>
      <Card title={t('form.section.deeds')}>
        <h3 className="recommend-subheading">{t('form.deedsAndAwards')}</h3>
        <p className="recommend-prose">{f.deedsAndAwards}</p>
        <h3 className="recommend-subheading">{t('form.deedsStatement')}</h3>
        <p className="recommend-prose">{f.deedsStatement}</p>
      </Card>
      <Card title={t('form.section.contributions')}>
        {f.contributions.length === 0 ? (
          <p>{t('detail.contributions.none')}</p>
        ) : (
          <DescriptionList columns={false} items={f.contributions.map((c) => ({ term: criterionName(c.criterion, locale), detail: c.evidence }))} />
        )}
      </Card>
    </>
  );
}
