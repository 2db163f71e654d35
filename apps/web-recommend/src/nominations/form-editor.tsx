import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, fieldErrors, ProblemAlert, Toolbar, useT } from '@bayu/ui';
import { AttachmentsCard } from '../attachments/attachments-card';
import { isPastDeadline } from '../campaigns/deadline';
import type { Campaign } from '../campaigns/queries';
import { problemOf } from '../shared/problem';
import { ChainActions } from './chain-actions';
import { EligibilityPanel } from './eligibility-panel';
import { checkForm, factsToFill } from './form-checks';
import { ContributionFields, DeedsFields, PersonFields, WorkFields, type FieldBinder } from './form-fields';
import { fingerprint, toCreateBody, toReplaceBody, withSavedNationalId, type FormState, type NominationView } from './form-state';
import { useCreateNomination, useReplaceNomination } from './queries';
import { RecommenderFields } from './recommender-fields';
import { submitBlockers } from './submit-readiness';

interface NominationEditorProps {
  readonly campaign: Campaign;
  /** The saved form; absent while it is being created. */
  readonly view?: NominationView;
  readonly initial: FormState;
  readonly centralUnit: boolean;
  readonly districtCode: string | undefined;
  /** Just created: say it was saved. */
  readonly justCreated?: boolean;
}

/** Every field of the 推荐表 with live checks; save as a draft, then upload the files and submit. */
export function NominationEditor({ campaign, view, initial, centralUnit, districtCode, justCreated = false }: NominationEditorProps) {
  const t = useT();
  const navigate = useNavigate();
  const [state, setState] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [changedSinceSave, setChangedSinceSave] = useState<ReadonlySet<string>>(() => new Set());
  const [showAll, setShowAll] = useState(false);
  const [savedPrint, setSavedPrint] = useState(() => (view ? fingerprint(initial) : null));
  const [saved, setSaved] = useState(justCreated);
  const [changingId, setChangingId] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const create = useCreateNomination();
  const replace = useReplaceNomination(view?.id ?? '');
  const save = view ? replace : create;

  const checks = useMemo(() => checkForm(state, { creating: !view }), [state, view]);
  const problem = problemOf(save.error);
  const serverFields = fieldErrors(problem);
  const late = isPastDeadline(campaign.formDeadline);

  useEffect(() => {
    if (focusRequest) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const error = (field: string) => {
    const check = checks[field];
    const live = field === 'form.nationalId' && state.nationalId.replace(/\s/g, '').length >= 18;
    if (check && (showAll || live || touched.has(field))) return t(check.key, check.params);
    return changedSinceSave.has(field) ? undefined : serverFields[field];
  };
  const binder: FieldBinder = {
    state,
    error,
    touch: (field) => setTouched((prev) => (prev.has(field) ? prev : new Set(prev).add(field))),
    set: (patch) => {
      setSaved(false);
      setChangedSinceSave((prev) => new Set([...prev, ...Object.keys(patch).map((k) => (k === 'departmentCode' ? 'recommender.code' : `form.${k}`))]));
      setState((prev) => {
        const next = { ...prev, ...patch };
        return 'nationalId' in patch ? { ...next, ...factsToFill(next) } : next;
      });
    },
  };

  const onSave = () => {
    if (Object.keys(checks).length > 0) {
      setShowAll(true);
      setFocusRequest((n) => n + 1);
      return;
    }
    setChangedSinceSave(new Set());
    const done = () => {
      // A number typed is now the saved one: the answer shows it masked, and the editor lets go of it.
      const kept = withSavedNationalId(state);
      setState((current) => (current === state ? kept : current));
      setChangingId(false);
      setSavedPrint(fingerprint(kept));
      setSaved(true);
    };
    if (view) replace.mutate({ body: toReplaceBody(state), version: view.version }, { onSuccess: done });
    else create.mutate(toCreateBody(state, campaign.id), { onSuccess: (created) => void navigate(`/nominations/${created.id}/edit`, { replace: true, state: { created: true } }) });
  };

  const dirty = savedPrint === null || fingerprint(state) !== savedPrint;
  const invalidCount = showAll ? Object.keys(checks).length : 0;
  const boundFields = [...Object.keys(serverFields)].filter((f) => f.startsWith('form.') || f.startsWith('recommender.'));

  return (
    <form
      ref={formRef}
      className="recommend-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      {late && <Alert tone="warning">{t('form.deadlinePassed')}</Alert>}
      <RecommenderFields b={binder} centralUnit={centralUnit} districtCode={districtCode} existing={view?.recommender} />
      <PersonFields b={binder} savedId={view ? { masked: view.nationalIdMasked, changing: changingId, setChanging: setChangingId } : undefined} />
      <WorkFields b={binder} />
      <DeedsFields b={binder} />
      <ContributionFields b={binder} />

      <div className="recommend-savebar">
        {invalidCount > 0 && <Alert tone="error">{t('form.checkSummary', { n: invalidCount })}</Alert>}
        <ProblemAlert problem={problem} fields={boundFields} />
        {saved && !dirty && (
          <Alert tone="success" title={t('form.saved')}>
            {t('form.savedBody')}
          </Alert>
        )}
        <Toolbar>
          <Button type="submit" busy={save.isPending} variant={view ? 'secondary' : 'primary'}>
            {t('form.save')}
          </Button>
          {view && dirty && <span className="recommend-note">{t('form.unsaved')}</span>}
        </Toolbar>
      </div>

      {view ? (
        <>
          <EligibilityPanel eligibility={view.eligibility} />
          <AttachmentsCard view={view} editable />
          <ChainActions
            view={view}
            submitBlockers={submitBlockers({ saved: true, dirty, hasPhoto: Boolean(view.attachments.photo), hasEvidence: Boolean(view.attachments.evidence), deadlinePassed: late })}
            onDone={(next) => void navigate(`/nominations/${next.id}`, { state: { done: true } })}
          />
        </>
      ) : (
        <Alert tone="info">{t('form.attachments.afterSave')}</Alert>
      )}
    </form>
  );
}
