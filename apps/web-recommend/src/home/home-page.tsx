import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, EmptyState, ErrorState, Grid, Loading, PageHeader, Select, useFormat, useLocale, useT } from '@bayu/ui';
import { useAuth } from '@bayu/web-auth';
import { chooseCampaign, selectableCampaigns } from '../campaigns/campaign-choice';
import { isPastDeadline } from '../campaigns/deadline';
import { useCampaigns, type Campaign } from '../campaigns/queries';
import { useAwaitingCount } from '../nominations/queries';
import { parseListFilter, type ListFilter } from '../nominations/status';
import { fillsForms, partyOf, recommends } from '../shared/party';
import { problemOf } from '../shared/problem';
import { AwaitingStat, DeadlineStat, QuotaCard } from './campaign-summary';
import { NominationList } from './nomination-list';

/** The open campaign, its deadline and the caller's quota, and the caller's forms. */
export function HomePage() {
  const t = useT();
  const { locale } = useLocale();
  const format = useFormat();
  const { user } = useAuth();
  const party = partyOf(user);
  const [params, setParams] = useSearchParams();
  const [now] = useState(() => new Date());
  const campaigns = useCampaigns();
  const choice = chooseCampaign(campaigns.data ?? [], params.get('campaign'));
  const filter = parseListFilter(params.get('status'));
  const awaiting = useAwaitingCount(choice.current?.id, recommends(party));

  if (campaigns.isPending) return <Loading />;
  if (campaigns.isError) return <ErrorState problem={problemOf(campaigns.error)} onRetry={() => void campaigns.refetch()} />;
  const campaign = choice.current;
  const titleOf = (c: Campaign) => (locale === 'en' ? c.titleEn : c.titleZh);

  if (!campaign || !party) {
    const upcoming = choice.upcoming;
    return (
      <>
        <PageHeader title={t('home.title')} />
        <EmptyState title={t('home.none.title')}>
          {upcoming ? t('home.none.upcoming', { title: titleOf(upcoming), date: format.date(upcoming.schedule.recommendation.start) }) : t('home.none.body')}
        </EmptyState>
      </>
    );
  }

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const setFilter = (value: ListFilter) => update({ status: value });
  const selectable = selectableCampaigns(campaigns.data);
  const open = choice.open;
  const late = isPastDeadline(campaign.formDeadline, now);

  return (
    <>
      <PageHeader
        eyebrow={t('home.campaign')}
        title={titleOf(campaign)}
        description={t('home.phase', { phase: t(`phase.${campaign.phase}`) })}
        actions={
          fillsForms(party) && open && !late ? (
            <Link to={`/nominations/new?campaign=${campaign.id}`} className="bayu-button bayu-button--primary">
              {t('home.new')}
            </Link>
          ) : undefined
        }
      />
      {selectable.length > 1 && (
        <Select
          label={t('home.campaignSelect')}
          name="campaign"
          value={campaign.id}
          onChange={(id) => update({ campaign: id, status: '' })}
          options={selectable.map((c) => ({ value: c.id, label: titleOf(c) }))}
          className="recommend-campaign-select"
        />
      )}
      {!open && <Alert tone="info">{t('home.notOpen', { phase: t(`phase.${campaign.phase}`) })}</Alert>}
      {open && late && <Alert tone="warning">{t('home.deadlinePassed')}</Alert>}
      <Grid minColumnWidth="16rem" className="recommend-summary">
        <DeadlineStat campaign={campaign} now={now} />
        {recommends(party) && (
          <AwaitingStat count={awaiting.data} loading={awaiting.isPending} active={filter === 'awaiting-me'} onShow={() => setFilter(filter === 'awaiting-me' ? '' : 'awaiting-me')} />
        )}
      </Grid>
      <QuotaCard campaign={campaign} />
      <NominationList campaignId={campaign.id} party={party} filter={filter} onFilter={setFilter} />
    </>
  );
}
