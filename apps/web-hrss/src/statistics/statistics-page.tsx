import { useSearchParams } from 'react-router';
import { INDUSTRIES } from '@bayu/reference';
import { ErrorState, Grid, Loading, PageHeader, Select, Stat, Toolbar, useFormat, useLocale, useT } from '@bayu/ui';
import { hasAnyRole, useAuth } from '@bayu/web-auth';
import { optionsOf } from '../shared/labels';
import { kpiFigures } from './chart-data';
import { filterFromParams, filterToParams, yearOptions, type StatisticsFilter } from './filters';
import { useOverview, useTargets } from './queries';
import { DistrictShareCard, YearTrendCard } from './statistics-charts';
import { TargetCard, TargetFormCard } from './target-card';

const currentYear = () => new Date().getFullYear();

/** The landing page: the city's skilled workers, the high-skilled share and the year's target. */
export function StatisticsPage() {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const thisYear = currentYear();
  const filter = filterFromParams(params, thisYear);
  const overview = useOverview(filter);
  const targets = useTargets();
  const setFilter = (next: StatisticsFilter) => setParams(filterToParams(next, thisYear), { replace: true });
  const years = yearOptions(thisYear, [filter.year, ...(targets.data ?? []).map((x) => x.year)]);

  const figures = overview.data ? kpiFigures(overview.data) : null;
  return (
    <>
      <PageHeader title={t('stats.title')} description={t('stats.description')} />
      <Toolbar label={t('stats.filters')} className="web-hrss-filters">
        <Select
          label={t('stats.year')}
          name="year"
          value={String(filter.year)}
          onChange={(value) => setFilter({ ...filter, year: Number(value) })}
          options={years.map((y) => ({ value: String(y), label: t('stats.yearOption', { year: y }) }))}
        />
        <Select
          label={t('stats.industry')}
          name="industry"
          value={filter.industry ?? ''}
          onChange={(value) => setFilter({ year: filter.year, ...(value ? { industry: value as StatisticsFilter['industry'] } : {}) })}
          options={[{ value: '', label: t('stats.allIndustries') }, ...optionsOf(INDUSTRIES, locale)]}
        />
      </Toolbar>

      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <ErrorState problem={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        figures && (
          <section className="web-hrss-kpis" aria-labelledby="web-hrss-kpi-heading" aria-busy={overview.isFetching || undefined}>
            <h2 id="web-hrss-kpi-heading" className="visually-hidden">
              {t('stats.kpiHeading', { year: filter.year })}
            </h2>
            <Grid minColumnWidth="12rem">
              <Stat label={t('stats.totalWorkers')} value={format.number(figures.total)} hint={t('stats.asOf', { year: filter.year })} />
              <Stat label={t('stats.highSkilledWorkers')} value={format.number(figures.highSkilled)} hint={t('stats.highSkilledHint')} />
              <Stat label={t('stats.share')} value={format.percent(figures.share, 1)} hint={figures.targetShare === undefined ? t('stats.noTargetShort') : t('stats.targetHint', { target: format.percent(figures.targetShare, 2) })} />
              <Stat
                label={t('stats.registeredThisYear', { year: filter.year })}
                value={format.number(figures.registeredThisYear)}
                hint={figures.targetNewWorkers === undefined ? undefined : t('stats.newTargetHint', { target: format.number(figures.targetNewWorkers) })}
              />
            </Grid>
            <TargetCard year={filter.year} figures={figures} />
          </section>
        )
      )}

      <DistrictShareCard filter={filter} targetShare={figures?.targetShare} />
      <YearTrendCard filter={filter} targets={targets.data ?? []} />
      {hasAnyRole(user, ['hrss']) && <TargetFormCard year={filter.year} targets={targets.data} />}
    </>
  );
}
