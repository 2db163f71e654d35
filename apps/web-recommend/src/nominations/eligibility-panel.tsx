import { Badge, Card, useFormat, useLocale, useT } from '@bayu/ui';
import type { NominationView } from './form-state';

/** The computed eligibility of the form and each reason, in the UI language, from the registry's record. */
export function EligibilityPanel({ eligibility }: { eligibility: NominationView['eligibility'] }) {
  const t = useT();
  const { locale } = useLocale();
  const format = useFormat();
  const override = eligibility.override;
  return (
    <Card
      title={t('eligibility.title')}
      actions={<Badge tone={eligibility.effective ? 'success' : 'warning'}>{t(eligibility.effective ? 'eligibility.eligible' : 'eligibility.ineligible')}</Badge>}
      className="recommend-eligibility"
    >
      <div aria-live="polite">
        <ul className="recommend-checks">
          {eligibility.checks.map((check) => (
            <li key={check.rule} className="recommend-checks__item">
              <Badge tone={check.ok ? 'success' : 'danger'}>{t(check.ok ? 'eligibility.ok' : 'eligibility.notOk')}</Badge>
              <span className="recommend-checks__text">
                <strong>{t(`eligibility.rule.${check.rule}`)}</strong>
                <span>{locale === 'en' ? check.detailEn : check.detailZh}</span>
              </span>
            </li>
          ))}
        </ul>
        {override && (
          <p className="recommend-note">
            {t('eligibility.override', {
              result: t(override.eligible ? 'eligibility.eligible' : 'eligibility.ineligible'),
              date: format.date(override.at),
              justification: override.justification,
            })}
          </p>
        )}
      </div>
      <p className="recommend-note">{t('eligibility.hint')}</p>
    </Card>
  );
}
