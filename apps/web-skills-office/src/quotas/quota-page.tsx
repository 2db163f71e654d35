import { useState } from 'react';
import { Badge, BarChart, Card, Checkbox, DataTable, EmptyState, ErrorState, Grid, Loading, Stat, useFormat, useLocale, useT, type BadgeTone } from '@bayu/ui';
import { useCurrentCampaign } from '../campaigns/campaign-layout';
import { nominationTone } from '../shared/status';
import { useQuotaUsage } from './queries';
import { quotaChart, quotaRows, quotaTotals, statusColumns, type QuotaRow, type QuotaState, type QuotaUsage, type RecommenderUsage } from './quota-usage';

const STATE_TONE: Record<QuotaState, BadgeTone> = { over: 'danger', full: 'warning', open: 'neutral' };

/** Places used per district and per municipal department, with those at or over quota highlighted. */
export function QuotaPage() {
  const t = useT();
  const format = useFormat();
  const campaign = useCurrentCampaign();
  const usage = useQuotaUsage(campaign.id);
  if (usage.isPending) return <Loading />;
  if (usage.isError) return <ErrorState problem={usage.error} onRetry={() => void usage.refetch()} />;
  return (
    <div className="office-quotas">
      <p>{t('quota.note', { deadline: format.dateTime(usage.data.formDeadline) })}</p>
      <QuotaSection usage={usage.data} kind="district" />
      <QuotaSection usage={usage.data} kind="department" />
    </div>
  );
}

function QuotaSection({ usage, kind }: { readonly usage: QuotaUsage; readonly kind: RecommenderUsage['kind'] }) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const [onlyActive, setOnlyActive] = useState(false);
  const rows = quotaRows(usage, kind, locale);
  const totals = quotaTotals(rows);
  const chart = quotaChart(rows);
  const statuses = statusColumns(rows);
  const title = kind === 'district' ? t('quota.districts') : t('quota.departments');
  const n = (value: number) => format.number(value);
  return (
    <Card title={title}>
      <Grid minColumnWidth="10rem">
        <Stat label={t('quota.summaryUsed')} value={t('quota.summaryUsedValue', { used: n(totals.used), quota: n(totals.quota) })} />
        <Stat label={t('quota.summaryActive')} value={n(totals.active)} />
        <Stat label={t('quota.summaryFlagged')} value={n(totals.flagged)} />
      </Grid>
      {chart.data.length === 0 ? (
        <EmptyState title={t('quota.noForms')} />
      ) : (
        <BarChart
          title={kind === 'district' ? t('quota.chartDistricts') : t('quota.chartDepartments')}
          data={chart.data}
          target={chart.quota === null ? undefined : { value: chart.quota, label: t('quota.target', { n: n(chart.quota) }) }}
        />
      )}
      <Checkbox name={`${kind}-only-active`} label={t('quota.onlyActive')} checked={onlyActive} onChange={setOnlyActive} />
      <DataTable<QuotaRow>
        caption={title}
        hideCaption
        rows={onlyActive ? rows.filter((r) => r.active) : rows}
        empty={<EmptyState title={t('quota.noForms')} />}
        rowKey={(r) => r.key}
        columns={[
          { key: 'name', header: t('quota.recommender'), isRowHeader: true, render: (r) => r.name },
          { key: 'quota', header: t('quota.quota'), align: 'end', render: (r) => n(r.quota) },
          { key: 'used', header: t('quota.used'), align: 'end', render: (r) => n(r.used) },
          { key: 'remaining', header: t('quota.remaining'), align: 'end', render: (r) => n(r.remaining) },
          ...statuses.map((status) => ({
            key: `status-${status}`,
            header: t(`status.${status}`),
            align: 'end' as const,
            render: (r: QuotaRow) => {
              const count = r.byStatus[status] ?? 0;
              return count > 0 ? <Badge tone={nominationTone(status)}>{n(count)}</Badge> : n(0);
            },
          })),
          { key: 'state', header: t('quota.state'), render: (r) => <Badge tone={STATE_TONE[r.state]}>{t(`quota.${r.state}`)}</Badge> },
        ]}
      />
    </Card>
  );
}
