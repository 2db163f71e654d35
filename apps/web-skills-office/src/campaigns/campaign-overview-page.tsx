import { useState } from 'react';
import { Alert, Badge, Button, Card, DescriptionList, useFormat, useT } from '@bayu/ui';
import { useCurrentCampaign } from './campaign-layout';
import { PhaseActions } from './phase-actions';
import { PhaseStepper } from './phase-stepper';
import { deadlinePassed, SCHEDULED_PHASES } from './phase-steps';
import { ScheduleEditor } from './schedule-editor';

/** A campaign's phase (with the actions open now), its settings and its schedule. */
export function CampaignOverviewPage() {
  const t = useT();
  const format = useFormat();
  const campaign = useCurrentCampaign();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const people = (n: number) => t('settings.people', { n: format.number(n) });
  const closed = deadlinePassed(campaign, new Date());

  return (
    <div className="office-overview">
      <Card title={t('steps.title')}>
        <PhaseStepper campaign={campaign} />
        <PhaseActions campaign={campaign} />
      </Card>
      <Card
        title={t('schedule.title')}
        actions={
          campaign.phase !== 'closed' && !editing ? (
            <Button
              variant="secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('schedule.edit')}
            </Button>
          ) : undefined
        }
      >
        <div aria-live="polite">{saved && <Alert tone="success">{t('schedule.saved')}</Alert>}</div>
        {editing ? (
          <ScheduleEditor
            campaign={campaign}
            onDone={(didSave) => {
              setSaved(didSave);
              setEditing(false);
            }}
          />
        ) : (
          <DescriptionList
            items={[
              ...SCHEDULED_PHASES.map((phase) => ({ term: t(`phase.${phase}`), detail: t('schedule.window', { start: format.date(campaign.schedule[phase].start), end: format.date(campaign.schedule[phase].end) }) })),
              {
                term: t('schedule.deadline'),
                detail: (
                  <>
                    {format.dateTime(campaign.formDeadline)} <Badge tone={closed ? 'neutral' : 'info'}>{closed ? t('schedule.closed') : t('schedule.open')}</Badge>
                  </>
                ),
              },
            ]}
          />
        )}
      </Card>
      <Card title={t('settings.title')}>
        <DescriptionList
          items={[
            { term: t('form.year'), detail: campaign.year },
            { term: t('settings.titleZh'), detail: campaign.titleZh },
            { term: t('settings.titleEn'), detail: campaign.titleEn },
            { term: t('settings.districtQuota'), detail: people(campaign.quotas.district) },
            { term: t('settings.departmentQuota'), detail: people(campaign.quotas.department) },
            { term: t('settings.shortlistSize'), detail: people(campaign.shortlistSize) },
            { term: t('settings.expertReviewSize'), detail: people(campaign.expertReviewSize) },
            { term: t('settings.awards'), detail: t('settings.awardsValue', { awards: format.number(campaign.awardCount), nominations: format.number(campaign.awardNominationCount) }) },
            { term: t('settings.published'), detail: campaign.shortlistPublishedAt ? format.dateTime(campaign.shortlistPublishedAt) : t('settings.notPublished') },
          ]}
        />
      </Card>
    </div>
  );
}
