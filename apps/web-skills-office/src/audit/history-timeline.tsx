import { Card, EmptyState, ErrorState, Loading, Timeline, useT, type BadgeTone, type TimelineItem } from '@bayu/ui';
import type { TransitionView } from '../shared/api';
import { useHistory } from './queries';

/** The party of the chain that took a step (the agencies' words of seed 002: 所在单位, 推荐单位, 市高技办). */
const AGENCIES = new Set(['employer', 'central-unit', 'district', 'department', 'skills-office']);

const TONES: Record<string, BadgeTone> = {
  'office-approve': 'success',
  'recommender-endorse': 'success',
  shortlist: 'success',
  'office-reject': 'danger',
  'office-return': 'warning',
  'recommender-return': 'warning',
  withdraw: 'neutral',
  'eligibility-override': 'info',
};

/** Field names of the form, for the corrections listed in the history. */
const FIELD_LABELS: Record<string, string> = {
  name: 'audit.name',
  gender: 'detail.gender',
  birthYearMonth: 'detail.birth',
  nationalId: 'detail.nationalId',
  ethnicity: 'detail.ethnicity',
  politicalAffiliation: 'detail.political',
  education: 'detail.education',
  occupation: 'detail.occupation',
  qualification: 'detail.skillLevel',
  employerName: 'detail.employer',
  workStartYearMonth: 'detail.workStart',
  employerAddress: 'detail.address',
  employerPostcode: 'detail.postcode',
  employerContact: 'detail.contact',
  employerPhone: 'detail.phone',
  deedsAndAwards: 'detail.deeds',
  deedsStatement: 'detail.statement',
  contributions: 'detail.contributions',
  photo: 'detail.photo',
  evidence: 'detail.evidence',
};

/** The chain of the form, each step with who, when, the status it led to and the opinion. */
export function HistoryTimeline({ nominationId }: { readonly nominationId: string }) {
  const t = useT();
  const history = useHistory(nominationId);
  const item = (step: TransitionView, i: number): TimelineItem => {
    const decided = step.action === 'eligibility-override' ? (step.changes?.eligible?.after as boolean | undefined) : undefined;
    const changed = step.action === 'edit' && step.changes ? Object.keys(step.changes).map((f) => (FIELD_LABELS[f] ? t(FIELD_LABELS[f]) : f)) : [];
    const body = [
      decided === undefined ? null : t('history.decided', { result: decided ? t('eligibility.eligible') : t('eligibility.ineligible') }),
      changed.length ? t('history.changed', { fields: changed.join('、') }) : null,
      step.opinion,
    ].filter(Boolean);
    return {
      key: `${step.at}-${i}`,
      title: t(`history.${step.action}`),
      time: step.at,
      actor: AGENCIES.has(step.actorAgency) ? `${step.actorName ?? step.actor}（${t(`agency.${step.actorAgency}`)}）` : (step.actorName ?? step.actor),
      status: step.from !== step.to ? t(`status.${step.to}`) : undefined,
      tone: TONES[step.action] ?? 'neutral',
      body: body.length ? body.map((line, j) => <p key={j}>{line}</p>) : undefined,
    };
  };
  return (
    <Card title={t('detail.history')} headingLevel={3}>
      {history.isPending ? (
        <Loading inline />
      ) : history.isError ? (
        <ErrorState problem={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.length === 0 ? (
        <EmptyState title={t('detail.noHistory')} />
      ) : (
        <Timeline label={t('detail.historyLabel')} items={history.data.map(item)} />
      )}
    </Card>
  );
}
