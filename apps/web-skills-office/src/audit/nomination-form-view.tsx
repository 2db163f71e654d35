import { CONTRIBUTION_CRITERIA, SKILL_LEVELS } from '@bayu/reference';
import { Card, DescriptionList, useLocale, useT } from '@bayu/ui';
import type { NominationView } from '../shared/api';

/** The 推荐表 as filled in by the employer (the ID number masked by the API). */
export function NominationFormView({ nomination }: { readonly nomination: NominationView }) {
  const t = useT();
  const { locale } = useLocale();
  const f = nomination.form;
  const level = SKILL_LEVELS.find((l) => l.code === f.qualification.skillLevel);
  const criterion = (code: string) => {
    const c = CONTRIBUTION_CRITERIA.find((x) => x.code === code);
    return c ? (locale === 'en' ? c.nameEn : c.nameZh) : code;
  };
  return (
    <Card title={t('detail.form')} headingLevel={3}>
      <DescriptionList
        items={[
          { term: t('detail.gender'), detail: t(`detail.gender.${f.gender}`) },
          { term: t('detail.birth'), detail: f.birthYearMonth },
          { term: t('detail.nationalId'), detail: nomination.nationalIdMasked },
          { term: t('detail.ethnicity'), detail: f.ethnicity },
          { term: t('detail.political'), detail: f.politicalAffiliation },
          { term: t('detail.education'), detail: f.education },
          { term: t('detail.occupation'), detail: f.occupation },
          { term: t('detail.skillLevel'), detail: level ? (locale === 'en' ? level.nameEn : level.nameZh) : null },
          { term: t('detail.title'), detail: f.qualification.professionalTitle },
          { term: t('detail.employer'), detail: f.employerName },
          { term: t('detail.workStart'), detail: f.workStartYearMonth },
          { term: t('detail.address'), detail: f.employerAddress },
          { term: t('detail.postcode'), detail: f.employerPostcode },
          { term: t('detail.contact'), detail: f.employerContact },
          { term: t('detail.phone'), detail: f.employerPhone },
          { term: t('detail.recommender'), detail: nomination.recommender.nameZh },
        ]}
      />
      <h4>{t('detail.deeds')}</h4>
      <p className="office-prose">{f.deedsAndAwards}</p>
      <h4>{t('detail.statement')}</h4>
      <p className="office-prose">{f.deedsStatement}</p>
      <h4>{t('detail.contributions')}</h4>
      {f.contributions.length === 0 ? (
        <p>{t('detail.noContributions')}</p>
      ) : (
        <dl className="office-contributions">
          {f.contributions.map((c) => (
            <div key={c.criterion}>
              <dt>{criterion(c.criterion)}</dt>
              <dd className="office-prose">{c.evidence}</dd>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}
