import { Badge, Button, Card, ErrorState, Loading, ProgressBar, Stat, useFormat, useLocale, useT } from '@bayu/ui';
import { deadlineCountdown, type Countdown } from '../campaigns/deadline';
import { useQuotaUsage, type Campaign } from '../campaigns/queries';
import { recommenderName } from '../shared/names';
import { problemOf } from '../shared/problem';

export function countdownText(t: ReturnType<typeof useT>, countdown: Countdown): string {
  if (countdown.kind === 'passed') return t('home.countdown.passed');
  if (countdown.kind === 'today') return t('home.countdown.today', { n: countdown.hours });
  return t(countdown.days === 1 ? 'home.countdown.oneDay' : 'home.countdown.days', { n: countdown.days });
}

/** The form deadline and the days left ("距截止还有 N 天"). */
export function DeadlineStat({ campaign, now }: { campaign: Campaign; now: Date }) {
  const t = useT();
  const format = useFormat();
  const countdown = deadlineCountdown(campaign.formDeadline, now);
  const tone = countdown.kind === 'passed' ? 'danger' : countdown.kind === 'today' || countdown.urgent ? 'warning' : 'info';
  return (
    <Stat
      className="recommend-stat"
      label={t('home.deadline')}
      value={<Badge tone={tone}>{countdownText(t, countdown)}</Badge>}
      hint={<time dateTime={campaign.formDeadline}>{format.dateTime(campaign.formDeadline)}</time>}
    />
  );
}

/** The caller's quota places: used of quota and left, for each recommender in its scope. */
export function QuotaCard({ campaign }: { campaign: Campaign }) {
  const t = useT();
  const { locale } = useLocale();
  const usage = useQuotaUsage(campaign.id);
  const fallback = <p>{t('home.quota.fallback', { district: campaign.quotas.district, department: campaign.quotas.department })}</p>;
  let body;
  if (usage.isPending) body = <Loading inline />;
  else if (usage.isError) body = <ErrorState problem={problemOf(usage.error)} onRetry={() => void usage.refetch()} />;
  else if (usage.data.recommenders.length === 0) body = fallback;
  else
    body = (
      <ul className="recommend-quota" aria-live="polite">
        {usage.data.recommenders.map((r) => {
          const name = recommenderName(r, locale);
          return (
            <li key={`${r.kind}:${r.code}`} className="recommend-quota__item">
              <ProgressBar value={r.used} max={Math.max(r.quota, 1)} label={t('home.quota.row', { name, used: r.used, quota: r.quota, remaining: r.remaining })} showPercent={false} />
              {r.remaining === 0 && <Badge tone="warning">{t('home.quota.exhausted')}</Badge>}
            </li>
          );
        })}
      </ul>
    );
  return (
    <Card title={t('home.quota')} className="recommend-quota-card">
      {body}
      <p className="recommend-note">{t('home.quota.note')}</p>
    </Card>
  );
}

/** "待我签署": how many forms wait for the district's or department's endorsement, with a filter button. */
export function AwaitingStat({ count, loading, active, onShow }: { count: number | undefined; loading: boolean; active: boolean; onShow: () => void }) {
  const t = useT();
  return (
    <div className="recommend-awaiting">
      <Stat className="recommend-stat" label={t('home.awaiting')} value={loading ? <Loading inline /> : t('home.awaiting.value', { n: count ?? 0 })} />
      <Button variant="secondary" aria-pressed={active} onClick={onShow}>
        {t('home.awaiting.show')}
      </Button>
    </div>
  );
}
