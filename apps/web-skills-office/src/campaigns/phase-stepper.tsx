import { useFormat, useT } from '@bayu/ui';
import type { CampaignView } from '../shared/api';
import { phaseSteps } from './phase-steps';

/** draft → recommendation → selection → publicity → closing → closed, the current one marked. */
export function PhaseStepper({ campaign }: { readonly campaign: Pick<CampaignView, 'phase' | 'schedule'> }) {
  const t = useT();
  const format = useFormat();
  return (
    <ol className="office-steps" aria-label={t('steps.label')}>
      {phaseSteps(campaign).map((step, i) => (
        <li key={step.phase} className={`office-steps__step office-steps__step--${step.state}`} aria-current={step.state === 'current' ? 'step' : undefined}>
          <span className="office-steps__marker" aria-hidden="true">
            {step.state === 'done' ? '✓' : i + 1}
          </span>
          <span className="office-steps__text">
            <span className="office-steps__name">{t(`phase.${step.phase}`)}</span>
            <span className="visually-hidden">（{t(`steps.${step.state}`)}）</span>
            {step.window && <span className="office-steps__dates">{t('schedule.window', { start: format.date(step.window.start), end: format.date(step.window.end) })}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
