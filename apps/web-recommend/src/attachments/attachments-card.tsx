import { useState } from 'react';
import { saveBlob } from '@bayu/api-client';
import { Button, Card, FileField, Loading, useFormat, useT } from '@bayu/ui';
import { useDownloadEvidence, useNominationPhoto, useUploadAttachment } from '../nominations/queries';
import type { NominationView } from '../nominations/form-state';
import { problemLine, problemOf } from '../shared/problem';
import { useObjectUrl } from '../shared/use-object-url';
import { attachmentHint, evidenceFileName, fileFieldLimits } from './attachment-rules';
import { useAttachmentRules } from './queries';

interface AttachmentsCardProps {
  readonly view: NominationView;
  /** The employer may still replace the files (a draft or returned form). */
  readonly editable: boolean;
}

/** The two-inch photo (shown) and the evidence file (downloadable); uploads go straight to the API, which judges the bytes. */
export function AttachmentsCard({ view, editable }: AttachmentsCardProps) {
  const t = useT();
  const format = useFormat();
  const photoUpload = useUploadAttachment(view.id, 'photo');
  const evidenceUpload = useUploadAttachment(view.id, 'evidence');
  const download = useDownloadEvidence();
  const [chosenPhoto, setChosenPhoto] = useState<File | null>(null);
  const [chosenEvidence, setChosenEvidence] = useState<File | null>(null);
  const photo = useNominationPhoto(view);
  const serverPhotoUrl = useObjectUrl(photo.data);
  const localPhotoUrl = useObjectUrl(chosenPhoto);
  const busy = photoUpload.isPending || evidenceUpload.isPending;
  const { photo: photoFacts, evidence: evidenceFacts } = view.attachments;
  // Only a form that may still change has upload fields; until the rules arrive they check nothing.
  const rules = useAttachmentRules(editable).data;
  const photoHint = attachmentHint('photo', rules, Boolean(photoFacts));
  const evidenceHint = attachmentHint('evidence', rules, Boolean(evidenceFacts));

  const upload = (kind: 'photo' | 'evidence', file: File | null) => {
    const [setChosen, mutation] = kind === 'photo' ? [setChosenPhoto, photoUpload] : [setChosenEvidence, evidenceUpload];
    setChosen(file);
    if (!file) return;
    mutation.mutate({ file, version: view.version }, { onSettled: () => setChosen(null) });
  };
  const saveEvidence = () =>
    download.mutate(view.id, { onSuccess: (blob) => evidenceFacts && saveBlob(blob, evidenceFileName(evidenceFacts, view.form.name)) });

  const shownPhoto = localPhotoUrl ?? serverPhotoUrl;
  return (
    <Card title={t('form.section.attachments')}>
      <div className="recommend-attachments">
        <section className="recommend-attachment" aria-labelledby="recommend-photo-heading">
          <h3 id="recommend-photo-heading" className="recommend-attachment__title">
            {t('form.photo')}
          </h3>
          <div className="recommend-photo">
            {shownPhoto ? (
              <img src={shownPhoto} alt={t('form.photo.alt', { name: view.form.name })} width={132} height={176} className="recommend-photo__img" />
            ) : photo.isLoading ? (
              <Loading inline />
            ) : (
              <span className="recommend-photo__none">{t('form.photo.none')}</span>
            )}
          </div>
          <p className="recommend-note" aria-live="polite">
            {photoUpload.isPending
              ? t('form.uploading')
              : photoFacts
                ? t('form.photo.current', { width: photoFacts.width, height: photoFacts.height, size: format.bytes(photoFacts.bytes) })
                : null}
          </p>
          {editable && (
            <FileField
              label={t('form.photo.upload')}
              name="photo"
              {...fileFieldLimits(rules?.photo)}
              file={chosenPhoto}
              onChange={(file) => upload('photo', file)}
              disabled={busy}
              hint={t(photoHint.key, photoHint.params)}
              error={problemLine(problemOf(photoUpload.error))}
            />
          )}
        </section>
        <section className="recommend-attachment" aria-labelledby="recommend-evidence-heading">
          <h3 id="recommend-evidence-heading" className="recommend-attachment__title">
            {t('form.evidence')}
          </h3>
          <p className="recommend-note" aria-live="polite">
            {evidenceUpload.isPending
              ? t('form.uploading')
              : evidenceFacts
                ? t('form.evidence.current', { name: evidenceFileName(evidenceFacts, view.form.name), pages: evidenceFacts.pages, size: format.bytes(evidenceFacts.bytes) })
                : t('form.evidence.none')}
          </p>
          {evidenceFacts && (
            <Button variant="secondary" busy={download.isPending} onClick={saveEvidence}>
              {t('form.evidence.download')}
            </Button>
          )}
          {download.isError && <p className="bayu-field__error">{problemLine(problemOf(download.error))}</p>}
          {editable && (
            <FileField
              label={t('form.evidence.upload')}
              name="evidence"
              {...fileFieldLimits(rules?.evidence)}
              file={chosenEvidence}
              onChange={(file) => upload('evidence', file)}
              disabled={busy}
              hint={t(evidenceHint.key, evidenceHint.params)}
              error={problemLine(problemOf(evidenceUpload.error))}
            />
          )}
        </section>
      </div>
    </Card>
  );
}
