import { useState, type FormEvent } from 'react';
import { Alert, Button, ProblemAlert, fieldErrors, useT } from '@bayu/ui';
import { isVersionConflict, problemOf, type CampaignView } from '../shared/api';
import { scheduleValuesOf, toRescheduleRequest, type ScheduleValues } from './campaign-form';
import { useReschedule } from './queries';
import { ScheduleFields } from './schedule-fields';

const SCHEDULE_FIELDS = ['recommendation', 'selection', 'publicity', 'closing'].flatMap((p) => [`schedule.${p}.start`, `schedule.${p}.end`]).concat('formDeadline');

/** New dates for the phases, or a later form deadline (it must stay within the recommendation phase). */
export function ScheduleEditor({ campaign, onDone }: { readonly campaign: CampaignView; readonly onDone: (saved: boolean) => void }) {
  const t = useT();
  const reschedule = useReschedule(campaign);
  const [values, setValues] = useState<ScheduleValues>(() => scheduleValuesOf(campaign));
  const problem = problemOf(reschedule.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    reschedule.mutate(toRescheduleRequest(values), { onSuccess: () => onDone(true) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('schedule.editTitle')}>
      {isVersionConflict(reschedule.error) ? <Alert tone="warning">{t('common.conflict')}</Alert> : <ProblemAlert problem={problem} fields={SCHEDULE_FIELDS} />}
      <ScheduleFields values={values} onChange={setValues} errors={fieldErrors(problem)} />
      <div className="office-form-actions">
        <Button type="submit" busy={reschedule.isPending}>
          {t('schedule.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
