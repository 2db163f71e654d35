import { TextField, useT } from '@bayu/ui';
import type { CampaignSchedule } from '../shared/api';
import type { ScheduleValues } from './campaign-form';
import { SCHEDULED_PHASES, type ScheduledPhase } from './phase-steps';

export interface ScheduleFieldsProps {
  readonly values: ScheduleValues;
  readonly onChange: (values: ScheduleValues) => void;
  /** Field errors by the API's field name (schedule.recommendation.end, formDeadline). */
  readonly errors: Readonly<Record<string, string>>;
  readonly disabled?: boolean;
}

/** The four phase windows and the form deadline, shared by the new-campaign form and the schedule editor. */
export function ScheduleFields({ values, onChange, errors, disabled }: ScheduleFieldsProps) {
  const t = useT();
  const setDate = (phase: ScheduledPhase, edge: 'start' | 'end', date: string) => {
    const schedule: CampaignSchedule = { ...values.schedule, [phase]: { ...values.schedule[phase], [edge]: date } };
    onChange({ ...values, schedule });
  };
  return (
    <>
      {SCHEDULED_PHASES.map((phase) => (
        <div className="office-pair" key={phase}>
          {(['start', 'end'] as const).map((edge) => (
            <TextField
              key={edge}
              type="date"
              name={`schedule.${phase}.${edge}`}
              label={t(`schedule.${edge}`, { phase: t(`phase.${phase}`) })}
              value={values.schedule[phase][edge]}
              onChange={(date) => setDate(phase, edge, date)}
              error={errors[`schedule.${phase}.${edge}`]}
              required
              disabled={disabled}
            />
          ))}
        </div>
      ))}
      <TextField
        type="datetime-local"
        name="formDeadline"
        label={t('schedule.deadline')}
        hint={t('schedule.deadlineHint')}
        value={values.formDeadline}
        onChange={(formDeadline) => onChange({ ...values, formDeadline })}
        error={errors.formDeadline}
        required
        disabled={disabled}
      />
    </>
  );
}
