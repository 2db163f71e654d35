import { BarChart, Card, DataTable, EmptyState, ErrorState, LineChart, Loading, useFormat, useLocale, useT } from '@bayu/ui';
import { labelOf, shareBars, shareOf, yearTrend, type BreakdownRow, type YearTarget } from './chart-data';
import type { StatisticsFilter } from './filters';
import { useBreakdown } from './queries';

/** The rows behind a chart, as a visible table (the chart itself also carries a hidden one). */
function BreakdownTable({ rows, caption, keyHeader }: { rows: readonly BreakdownRow[]; caption: string; keyHeader: string }) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  return (
    <details className="web-hrss-details">
      <summary>{t('stats.showTable')}</summary>
      <DataTable
        caption={caption}
        rowKey={(r) => r.key}
        rows={rows}
        columns={[
          { key: 'label', header: keyHeader, render: (r) => labelOf(r, locale), isRowHeader: true },
          { key: 'total', header: t('stats.totalWorkers'), render: (r) => format.number(r.totalWorkers), align: 'end' },
          { key: 'high', header: t('stats.highSkilledWorkers'), render: (r) => format.number(r.highSkilledWorkers), align: 'end' },
          { key: 'share', header: t('stats.share'), render: (r) => format.percent(shareOf(r.highSkilledWorkers, r.totalWorkers), 1), align: 'end' },
        ]}
      />
    </details>
  );
}

export function DistrictShareCard({ filter, targetShare }: { filter: StatisticsFilter; targetShare: number | undefined }) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const breakdown = useBreakdown('district', filter);
  const title = t('stats.byDistrict', { year: filter.year });
  let body;
  if (breakdown.isPending) body = <Loading />;
  else if (breakdown.isError) body = <ErrorState problem={breakdown.error} onRetry={() => void breakdown.refetch()} />;
  else if (breakdown.data.rows.length === 0) body = <EmptyState title={t('stats.empty')}>{t('stats.emptyBody')}</EmptyState>;
  else
    body = (
      <>
        <BarChart
          title={title}
          hideTitle
          data={shareBars(breakdown.data.rows, locale, targetShare)}
          format={(v) => format.percent(v, 1)}
          {...(targetShare === undefined ? {} : { target: { value: targetShare, label: t('stats.targetLine', { target: format.percent(targetShare, 2) }) } })}
        />
        {targetShare !== undefined && <p className="web-hrss-note">{t('stats.highlightNote')}</p>}
        <BreakdownTable rows={breakdown.data.rows} caption={title} keyHeader={t('stats.district')} />
      </>
    );
  return <Card title={title}>{body}</Card>;
}

export function YearTrendCard({ filter, targets }: { filter: StatisticsFilter; targets: readonly YearTarget[] }) {
  const t = useT();
  const format = useFormat();
  const breakdown = useBreakdown('year', filter);
  const title = t('stats.byYear');
  let body;
  if (breakdown.isPending) body = <Loading />;
  else if (breakdown.isError) body = <ErrorState problem={breakdown.error} onRetry={() => void breakdown.refetch()} />;
  else if (breakdown.data.rows.length === 0) body = <EmptyState title={t('stats.empty')}>{t('stats.emptyBody')}</EmptyState>;
  else
    body = (
      <>
        <LineChart title={title} hideTitle series={yearTrend(breakdown.data.rows, targets, { share: t('stats.share'), target: t('stats.targetSeries') })} format={(v) => format.percent(v, 1)} />
        <p className="web-hrss-note">{t('stats.cumulativeNote')}</p>
        <BreakdownTable rows={breakdown.data.rows} caption={title} keyHeader={t('stats.yearColumn')} />
      </>
    );
  return <Card title={title}>{body}</Card>;
}
