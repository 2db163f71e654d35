import { Button, Card, ErrorState, Loading, ProblemAlert, useFormat, useT } from '@bayu/ui';
import { problemOf, type NominationView } from '../shared/api';
import { useDownloadEvidence, usePhoto } from './queries';

const TYPE_NAMES: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
};

/** The two-inch photo and the evidence file, read with the user's token. */
export function AttachmentsCard({ nomination }: { readonly nomination: NominationView }) {
  const t = useT();
  const format = useFormat();
  const photo = usePhoto(nomination);
  const download = useDownloadEvidence(nomination);
  const { photo: photoFacts, evidence } = nomination.attachments;
  return (
    <Card title={t('detail.photo')} headingLevel={3}>
      {photoFacts === null ? (
        <p>{t('detail.noPhoto')}</p>
      ) : photo.error ? (
        <ErrorState problem={photo.error} />
      ) : photo.url ? (
        <figure className="office-photo">
          <img src={photo.url} alt={t('detail.photoOf', { name: nomination.form.name })} width={photoFacts.width} height={photoFacts.height} />
          <figcaption>{t('detail.photoFacts', { type: TYPE_NAMES[photoFacts.type] ?? photoFacts.type, width: photoFacts.width, height: photoFacts.height, size: format.bytes(photoFacts.bytes) })}</figcaption>
        </figure>
      ) : (
        <Loading inline />
      )}
      <h4>{t('detail.evidence')}</h4>
      {evidence === null ? (
        <p>{t('detail.noEvidence')}</p>
      ) : (
        <>
          <p>{t('detail.evidenceFacts', { name: evidence.fileName ?? TYPE_NAMES[evidence.type] ?? evidence.type, pages: evidence.pages, size: format.bytes(evidence.bytes) })}</p>
          <Button variant="secondary" busy={download.isPending} onClick={() => download.mutate()}>
            {t('detail.download')}
          </Button>
          <ProblemAlert problem={problemOf(download.error)} />
        </>
      )}
    </Card>
  );
}
