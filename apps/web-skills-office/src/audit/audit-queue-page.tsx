import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Badge, Button, DataTable, EmptyState, ErrorState, Select, Toolbar, useFormat, useT } from '@bayu/ui';
import { useCurrentCampaign } from '../campaigns/campaign-layout';
import type { NominationStatus, NominationView } from '../shared/api';
import { NOMINATION_STATUSES, nominationTone } from '../shared/status';
import { EligibilityBadge } from './eligibility-badge';
import { useNominationPage } from './queries';

const DEFAULT_STATUS: NominationStatus = 'awaiting-office';

function statusFrom(param: string | null): NominationStatus | '' {
  if (param === null) return DEFAULT_STATUS;
  if (param === 'all') return '';
  return (NOMINATION_STATUSES as readonly string[]).includes(param) ? (param as NominationStatus) : DEFAULT_STATUS;
}

/** 审核: the forms awaiting the office (or any other status), newest first, page by page. */
export function AuditQueuePage() {
  const t = useT();
  const campaign = useCurrentCampaign();
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params.get('status'));
  const options = [{ value: 'all', label: t('audit.allStatuses') }, ...NOMINATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))];
  return (
    <section aria-labelledby="office-audit-title">
      <h2 id="office-audit-title">{t('audit.title')}</h2>
      <Toolbar>
        <Select name="status" label={t('audit.filter')} value={status || 'all'} options={options} onChange={(value) => setParams(value === DEFAULT_STATUS ? {} : { status: value }, { replace: true })} />
      </Toolbar>
      <QueueTable key={status} campaignId={campaign.id} status={status} />
    </section>
  );
}

function QueueTable({ campaignId, status }: { readonly campaignId: string; readonly status: NominationStatus | '' }) {
  const t = useT();
  const format = useFormat();
  const [cursors, setCursors] = useState<string[]>([]);
  const page = useNominationPage(campaignId, status, cursors.at(-1));
  if (page.isError) return <ErrorState problem={page.error} onRetry={() => void page.refetch()} />;
  const empty =
    status === DEFAULT_STATUS ? (
      <EmptyState title={t('audit.noneWaiting')}>{t('audit.noneWaitingBody')}</EmptyState>
    ) : (
      <EmptyState title={t('audit.none')} />
    );
  const nextCursor = page.data?.nextCursor;
  return (
    <>
      <DataTable<NominationView>
        caption={t('audit.caption')}
        hideCaption
        loading={page.isFetching}
        rows={page.data?.items ?? []}
        rowKey={(n) => n.id}
        empty={page.isPending ? undefined : empty}
        columns={[
          { key: 'name', header: t('audit.name'), isRowHeader: true, render: (n) => <Link to={`/campaigns/${campaignId}/audit/${n.id}`}>{n.form.name}</Link> },
          { key: 'recommender', header: t('audit.recommender'), render: (n) => n.recommender.nameZh },
          { key: 'employer', header: t('audit.employer'), render: (n) => n.form.employerName },
          { key: 'occupation', header: t('audit.occupation'), render: (n) => n.form.occupation },
          { key: 'eligibility', header: t('audit.eligibility'), render: (n) => <EligibilityBadge eligibility={n.eligibility} /> },
          { key: 'status', header: t('audit.status'), render: (n) => <Badge tone={nominationTone(n.status)}>{t(`status.${n.status}`)}</Badge> },
          { key: 'updated', header: t('audit.updated'), render: (n) => format.dateTime(n.updatedAt) },
        ]}
      />
      {(cursors.length > 0 || nextCursor) && (
        <Toolbar label={t('audit.pages')}>
          <Button variant="secondary" disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
            {t('audit.prev')}
          </Button>
          <Button variant="secondary" disabled={!nextCursor} onClick={() => nextCursor && setCursors((c) => [...c, nextCursor])}>
            {t('audit.next')}
          </Button>
        </Toolbar>
      )}
    </>
  );
}
