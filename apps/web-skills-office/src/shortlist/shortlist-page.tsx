import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Checkbox, DataTable, Dialog, EmptyState, ErrorState, Loading, ProblemAlert, useFormat, useT } from '@bayu/ui';
import { useCurrentCampaign } from '../campaigns/campaign-layout';
import { isVersionConflict, problemOf, type CampaignView, type NominationView } from '../shared/api';
import { EligibilityBadge } from '../audit/eligibility-badge';
import { PublishedShortlist } from './published-shortlist';
import { useAllNominations, usePublishShortlist } from './queries';
import { canSelectMore, keepAvailable, publishBlockers, toggleSelection } from './selection';

/** 入围名单: choose from the approved forms within the shortlist size, and publish once. */
export function ShortlistPage() {
  const t = useT();
  const campaign = useCurrentCampaign();
  let content;
  if (campaign.shortlistPublishedAt) content = <PublishedShortlist campaign={campaign} />;
  else if (campaign.phase !== 'selection') content = <EmptyState title={t('shortlist.notYet')}>{t('shortlist.notYetBody', { phase: t(`phase.${campaign.phase}`) })}</EmptyState>;
  else content = <ShortlistChooser campaign={campaign} />;
  return (
    <section aria-labelledby="office-shortlist-title">
      <h2 id="office-shortlist-title">{t('shortlist.title')}</h2>
      <p>{t('shortlist.description')}</p>
      {content}
    </section>
  );
}

function ShortlistChooser({ campaign }: { readonly campaign: CampaignView }) {
  const t = useT();
  const format = useFormat();
  const endorsed = useAllNominations(campaign.id, 'endorsed');
  const waiting = useAllNominations(campaign.id, 'awaiting-office');
  const publish = usePublishShortlist(campaign);
  const [chosen, setChosen] = useState<string[]>([]);
  const [refused, setRefused] = useState(false);
  const [confirming, setConfirming] = useState(false);

  if (endorsed.isPending || waiting.isPending) return <Loading />;
  if (endorsed.isError) return <ErrorState problem={endorsed.error} onRetry={() => void endorsed.refetch()} />;
  if (waiting.isError) return <ErrorState problem={waiting.error} onRetry={() => void waiting.refetch()} />;

  const forms = endorsed.data;
  const selected = keepAvailable(chosen, forms.map((f) => f.id));
  const size = campaign.shortlistSize;
  const blockers = publishBlockers(campaign, selected, waiting.data.length);
  const full = !canSelectMore(selected, size);
  const toggle = (id: string) => {
    const next = toggleSelection(selected, id, size);
    setChosen(next.selected);
    setRefused(next.refused);
  };
  const conflict = isVersionConflict(publish.error);

  return (
    <>
      {blockers.includes('audit-unfinished') && (
        <Alert tone="warning" actions={<Link to={`/campaigns/${campaign.id}/audit`}>{t('shortlist.toAudit')}</Link>}>
          {t('shortlist.blocker.audit-unfinished', { n: format.number(waiting.data.length) })}
        </Alert>
      )}
      <p className="office-counter" aria-live="polite">
        <strong>{t('shortlist.counter', { n: format.number(selected.length), size: format.number(size) })}</strong>
        {full && <span> {t('shortlist.full')}</span>}
        {refused && <span> {t('shortlist.refused', { size: format.number(size) })}</span>}
      </p>
      <DataTable<NominationView>
        caption={t('shortlist.caption')}
        rows={forms}
        rowKey={(n) => n.id}
        empty={<EmptyState title={t('shortlist.none')}>{t('shortlist.noneBody')}</EmptyState>}
        columns={[
          {
            key: 'select',
            header: t('shortlist.select'),
            render: (n) => <Checkbox name="nominationIds" value={n.id} label={n.form.name} checked={selected.includes(n.id)} disabled={full && !selected.includes(n.id)} onChange={() => toggle(n.id)} />,
          },
          { key: 'employer', header: t('audit.employer'), render: (n) => n.form.employerName },
          { key: 'occupation', header: t('audit.occupation'), render: (n) => n.form.occupation },
          { key: 'recommender', header: t('audit.recommender'), render: (n) => n.recommender.nameZh },
          { key: 'eligibility', header: t('audit.eligibility'), render: (n) => <EligibilityBadge eligibility={n.eligibility} /> },
        ]}
      />
      <div className="office-form-actions">
        <Button
          onClick={() => {
            publish.reset();
            setConfirming(true);
          }}
          disabled={blockers.length > 0}
        >
          {t('shortlist.publish')}
        </Button>
        {blockers
          .filter((b) => b !== 'audit-unfinished')
          .map((b) => (
            <span key={b} className="office-hint">
              {t(`shortlist.blocker.${b}`, { phase: t(`phase.${campaign.phase}`) })}
            </span>
          ))}
      </div>
      <Dialog
        open={confirming}
        title={t('shortlist.confirmTitle')}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            {!conflict && (
              <Button busy={publish.isPending} onClick={() => publish.mutate(selected, { onSuccess: () => setConfirming(false) })}>
                {t('shortlist.confirm')}
              </Button>
            )}
          </>
        }
      >
        <p>{t('shortlist.confirmBody', { n: format.number(selected.length), rest: format.number(forms.length - selected.length) })}</p>
        <Alert tone="warning">{t('shortlist.once')}</Alert>
        {conflict ? <Alert tone="warning">{t('common.conflict')}</Alert> : <ProblemAlert problem={problemOf(publish.error)} />}
      </Dialog>
    </>
  );
}
