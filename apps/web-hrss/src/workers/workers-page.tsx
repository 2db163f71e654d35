import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Badge, Button, Card, DataTable, EmptyState, ErrorState, Grid, PageHeader, ProblemAlert, Select, TextField, useFormat, useT } from '@bayu/ui';
import { problemOf } from '../shared/problems';
import { useLabels } from '../shared/use-labels';
import { LookupCard } from './lookup-card';
import { useWorkerSearch } from './queries';
import { EMPTY_SEARCH, searchFormFromParams, searchFormToParams, searchQueryOf, type WorkerSearchForm } from './search-params';

export function WorkersPage() {
  const t = useT();
  return (
    <>
      <PageHeader
        title={t('workers.title')}
        description={t('workers.description')}
        actions={
          <Link to="/register" className="bayu-button bayu-button--secondary">
            {t('nav.register')}
          </Link>
        }
      />
      <SearchSection />
      <LookupCard />
    </>
  );
}

function SearchSection() {
  const t = useT();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const committed = searchFormFromParams(params);
  const committedKey = searchFormToParams(committed).toString();
  const [form, setForm] = useState<WorkerSearchForm>(committed);
  // Back and forward through searches show the criteria of the results on screen.
  useEffect(() => {
    setForm(searchFormFromParams(new URLSearchParams(committedKey)));
  }, [committedKey]);

  const set = (key: keyof WorkerSearchForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(searchFormToParams(form));
  };
  const reset = () => {
    setForm(EMPTY_SEARCH);
    setParams(new URLSearchParams());
  };
  const any = (key: string) => [{ value: '', label: t(key) }];

  return (
    <Card title={t('workers.searchTitle')}>
      <form role="search" aria-label={t('workers.searchTitle')} onSubmit={submit} noValidate className="web-hrss-form">
        <Grid minColumnWidth="13rem" gap="sm">
          <TextField label={t('worker.name')} name="name" value={form.name} onChange={set('name')} maxLength={50} hint={t('workers.prefixHint')} autoComplete="off" />
          <TextField label={t('worker.employerName')} name="employer" value={form.employer} onChange={set('employer')} maxLength={200} hint={t('workers.prefixHint')} autoComplete="off" />
          <Select label={t('worker.district')} name="district" value={form.district} onChange={set('district')} options={[...any('workers.anyDistrict'), ...labels.options('district')]} />
          <Select label={t('worker.industry')} name="industry" value={form.industry} onChange={set('industry')} options={[...any('workers.anyIndustry'), ...labels.options('industry')]} />
          <TextField label={t('worker.occupation')} name="occupation" value={form.occupation} onChange={set('occupation')} maxLength={100} autoComplete="off" />
          <Select
            label={t('worker.level')}
            name="level"
            value={form.level}
            onChange={set('level')}
            options={[...any('workers.anyLevel'), ...labels.options('level'), { value: 'none', label: t('worker.noLevel') }]}
          />
          <Select label={t('worker.honour')} name="honour" value={form.honour} onChange={set('honour')} options={[...any('workers.anyHonour'), ...labels.options('honour')]} />
        </Grid>
        <div className="web-hrss-actions">
          <Button type="submit">{t('workers.search')}</Button>
          <Button variant="secondary" onClick={reset}>
            {t('workers.reset')}
          </Button>
        </div>
      </form>
      <SearchResults form={committed} />
    </Card>
  );
}

function SearchResults({ form }: { form: WorkerSearchForm }) {
  const t = useT();
  const format = useFormat();
  const labels = useLabels();
  const search = useWorkerSearch(searchQueryOf(form));
  if (search.isError && !search.data) return <ErrorState problem={problemOf(search.error)} onRetry={() => void search.refetch()} />;
  const pages = search.data?.pages ?? [];
  const rows = pages.flatMap((p) => p.items);
  const first = pages[0];
  const total = first ? t(first.totalIsLowerBound ? 'workers.totalMore' : 'workers.total', { n: format.number(first.total) }) : '';
  return (
    <section aria-labelledby="web-hrss-results" className="web-hrss-results">
      <h3 id="web-hrss-results" className="web-hrss-subheading">
        {t('workers.results')}
      </h3>
      <p role="status" className="web-hrss-note">
        {search.isPending ? t('ui.loading') : total}
      </p>
      <DataTable
        caption={t('workers.results')}
        hideCaption
        loading={search.isPending || (search.isFetching && !search.isFetchingNextPage)}
        rows={rows}
        rowKey={(w) => w.id}
        empty={<EmptyState title={t('workers.none')}>{t('workers.noneBody')}</EmptyState>}
        columns={[
          { key: 'name', header: t('worker.name'), isRowHeader: true, render: (w) => <Link to={`/workers/${w.id}`}>{w.name}</Link> },
          { key: 'id', header: t('worker.nationalId'), render: (w) => <span className="web-hrss-mono">{w.nationalIdMasked}</span> },
          { key: 'district', header: t('worker.district'), render: (w) => labels.name('district', w.districtCode) },
          { key: 'employer', header: t('worker.employerName'), render: (w) => w.employerName },
          { key: 'occupation', header: t('worker.occupation'), render: (w) => w.occupation },
          {
            key: 'level',
            header: t('worker.highestLevel'),
            render: (w) => (
              <>
                {w.currentLevel ? labels.name('level', w.currentLevel) : t('worker.noLevel')}
                {w.highSkilled && (
                  <>
                    {' '}
                    <Badge tone="success">{t('worker.highSkilled')}</Badge>
                  </>
                )}
              </>
            ),
          },
        ]}
      />
      {search.isError && <ProblemAlert problem={problemOf(search.error)} />}
      {search.hasNextPage && (
        <div className="web-hrss-actions">
          <Button variant="secondary" busy={search.isFetchingNextPage} onClick={() => void search.fetchNextPage()}>
            {t('workers.loadMore')}
          </Button>
        </div>
      )}
    </section>
  );
}
