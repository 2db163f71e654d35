import { Link } from 'react-router';
import { Badge, Button, Card, DataTable, EmptyState, ErrorState, Loading, Select, Toolbar, useFormat, useLocale, useT, type DataTableColumn } from '@bayu/ui';
import { useNominationList, type NominationView } from '../nominations/queries';
import { awaitsMe, NOMINATION_STATUSES, statusQueryOf, statusTone, type ListFilter } from '../nominations/status';
import { recommenderName } from '../shared/names';
import type { Party } from '../shared/party';
import { problemOf } from '../shared/problem';

interface NominationListProps {
  readonly campaignId: string;
  readonly party: Party;
  readonly filter: ListFilter;
  readonly onFilter: (filter: ListFilter) => void;
}

/** The caller's forms in a campaign (an employer's own; the forms that came to a district or department), filterable by status. */
export function NominationList({ campaignId, party, filter, onFilter }: NominationListProps) {
  const t = useT();
  const { locale } = useLocale();
  const format = useFormat();
  const recommender = party === 'district' || party === 'department';
  const list = useNominationList(campaignId, statusQueryOf(filter));
  const rows = (list.data?.pages ?? []).flatMap((page) => page.items).filter((item) => filter !== 'awaiting-me' || awaitsMe(item));

  const statuses = NOMINATION_STATUSES.filter((s) => !recommender || s !== 'draft');
  const options = [
    { value: '', label: t('home.filter.all') },
    ...(recommender ? [{ value: 'awaiting-me', label: t('home.filter.awaiting') }] : []),
    ...statuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
  ];

  const columns: Array<DataTableColumn<NominationView>> = [
    {
      key: 'name',
      header: t('home.col.name'),
      isRowHeader: true,
      render: (item) => (
        <span className="recommend-list__name">
          <Link to={`/nominations/${item.id}`}>{item.form.name}</Link>
          {recommender && awaitsMe(item) && <Badge tone="warning">{t('home.awaiting')}</Badge>}
        </span>
      ),
    },
    { key: 'status', header: t('home.col.status'), render: (item) => <Badge tone={statusTone(item.status)}>{t(`status.${item.status}`)}</Badge> },
    { key: 'occupation', header: t('home.col.occupation'), render: (item) => item.form.occupation },
    recommender
      ? { key: 'employer', header: t('home.col.employer'), render: (item: NominationView) => item.form.employerName }
      : { key: 'recommender', header: t('home.col.recommender'), render: (item: NominationView) => recommenderName(item.recommender, locale) },
    { key: 'updated', header: t('home.col.updated'), render: (item) => <time dateTime={item.updatedAt}>{format.dateTime(item.updatedAt)}</time> },
  ];

  const title = t(recommender ? 'home.forms.received' : 'home.forms.mine');
  let body;
  if (list.isPending) body = <Loading />;
  else if (list.isError) body = <ErrorState problem={problemOf(list.error)} onRetry={() => void list.refetch()} />;
  else if (rows.length === 0)
    body = filter ? (
      <EmptyState title={t('home.empty.filtered')} action={<Button variant="secondary" onClick={() => onFilter('')}>{t('home.filter.clear')}</Button>} />
    ) : (
      <EmptyState title={t(recommender ? 'home.empty.received' : 'home.empty.mine')}>{t(recommender ? 'home.empty.receivedBody' : 'home.empty.mineBody')}</EmptyState>
    );
  else
    body = (
      <>
        <DataTable caption={title} hideCaption columns={columns} rows={rows} rowKey={(item) => item.id} loading={list.isFetching && !list.isFetchingNextPage} />
        {list.hasNextPage && (
          <Button variant="secondary" busy={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('home.more')}
          </Button>
        )}
      </>
    );

  return (
    <Card title={title}>
      <Toolbar label={t('home.filter.group')}>
        <Select label={t('home.filter')} name="status" value={filter} onChange={(value) => onFilter(value as ListFilter)} options={options} className="recommend-filter" />
      </Toolbar>
      {body}
    </Card>
  );
}
