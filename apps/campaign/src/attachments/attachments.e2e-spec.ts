import { readdirSync } from 'node:fs';
import { docxWithPages, jpegOfSize, pdfWithPages, pngOfSize } from '@bayu/platform/files/testing';
import { userToken } from '@bayu/platform/testing';
import { campaignSteps, nominationForm, startCampaign, type CampaignHarness } from '../../test/campaign-harness';

const MAX_EVIDENCE_BYTES = 200_000;
const MAX_PHOTO_BYTES = 150_000;

describe('the photo and the evidence file of a form (real PostgreSQL, real files on disk)', () => {
  jest.setTimeout(90_000);
  let campaign: CampaignHarness;
  let steps: ReturnType<typeof campaignSteps>;
  let campaignId: string;
  const PDF = 'application/pdf';

  /** A draft with no files yet. */
  const bareForm = async () => String((await campaign.call('POST', '/api/v1/nominations', 'employer.chengkou-power', { campaignId, recommender: { kind: 'district' }, form: nominationForm() })).body.id);
  const versionOf = async (id: string) => Number((await campaign.call('GET', `/api/v1/nominations/${id}`, 'skills.office')).body.version);
  const storedFiles = (id: string) => {
    try {
      return readdirSync(`${campaign.fileDir}/nominations/${id}`);
    } catch {
      return [];
    }
  };

  beforeAll(async () => {
    campaign = await startCampaign({ env: { EVIDENCE_MAX_BYTES: String(MAX_EVIDENCE_BYTES), PHOTO_MAX_BYTES: String(MAX_PHOTO_BYTES) } });
    steps = campaignSteps(campaign);
    campaignId = await steps.openCampaign();
  });
  afterAll(() => campaign?.stop());

  it('will not submit a form without its photo and its evidence file', async () => {
    const id = await bareForm();
    const refused = await steps.act(id, 'employer.chengkou-power', 'submit', '同意推荐。');
    expect(refused).toMatchObject({ status: 422, body: { code: 'nomination.incomplete' } });
    expect((refused.body.errors as unknown as Array<{ field: string }>).map((e) => e.field)).toEqual(['photo', 'evidence']);
  });

  it('judges files by their content: the pages of a PDF or .docx, the type and size of a photo', async () => {
    const id = await bareForm();
    expect(await steps.upload(id, 'evidence', jpegOfSize(413, 579), PDF)).toMatchObject({ status: 415, body: { code: 'attachment.not-a-document' } });
    expect(await steps.upload(id, 'evidence', pdfWithPages(11, { objectStreams: true }), PDF)).toMatchObject({ status: 422, body: { code: 'attachment.too-many-pages', pages: 11, maxPages: 10 } });
    expect(await steps.upload(id, 'evidence', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]), 'application/msword')).toMatchObject({ status: 415, body: { code: 'attachment.legacy-word' } });
    expect(await steps.upload(id, 'photo', pdfWithPages(1), 'image/jpeg')).toMatchObject({ status: 415, body: { code: 'attachment.not-an-image' } });
    expect(await steps.upload(id, 'photo', pngOfSize(120, 160), 'image/png')).toMatchObject({ status: 422, body: { code: 'attachment.too-small' } });
    expect(await versionOf(id)).toBe(1);
    expect(storedFiles(id)).toEqual([]);

    const docx = await steps.upload(id, 'evidence', docxWithPages(10), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx).toMatchObject({ status: 200, body: { attachments: { evidence: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pages: 10 } } } });
    expect(JSON.stringify(docx.body)).not.toContain('nominations/');
    expect(await steps.upload(id, 'photo', pngOfSize(413, 579), 'image/png')).toMatchObject({ status: 200, body: { attachments: { photo: { type: 'image/png', width: 413, height: 579 } } } });
  });

  it('stops an oversize file while it streams and keeps nothing of it', async () => {
    const id = await bareForm();
    expect(await steps.upload(id, 'evidence', pdfWithPages(2, { padTo: MAX_EVIDENCE_BYTES + 50_000 }), PDF)).toMatchObject({ status: 413, body: { code: 'attachment.too-large', maxBytes: MAX_EVIDENCE_BYTES } });
    expect(storedFiles(id)).toEqual([]);
    expect(await versionOf(id)).toBe(1);
  });

  it('publishes the rules the uploads apply, as configured, to the parties of forms and to no one else', async () => {
    const rules = await campaign.call('GET', '/api/v1/nominations/attachment-rules', 'employer.chengkou-power');
    expect(rules).toMatchObject({ status: 200 });
    expect(rules.body).toEqual({
      photo: { maxBytes: MAX_PHOTO_BYTES, mediaTypes: ['image/jpeg', 'image/png'], extensions: ['.jpg', '.jpeg', '.png'], minWidth: 200, minHeight: 260 },
      evidence: { maxBytes: MAX_EVIDENCE_BYTES, mediaTypes: [PDF, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'], extensions: ['.pdf', '.docx'], maxPages: 10 },
    });
    for (const party of ['central.unit', 'district.chengkou', 'dept.transport', 'skills.office']) expect((await campaign.call('GET', '/api/v1/nominations/attachment-rules', party)).body).toEqual(rules.body);
    for (const outsider of ['expert.one', 'hrss.clerk', 'union.staff']) expect([outsider, (await campaign.call('GET', '/api/v1/nominations/attachment-rules', outsider)).status]).toEqual([outsider, 403]);

    // The published numbers are the ones the uploads enforce.
    const id = await bareForm();
    expect(await steps.upload(id, 'photo', Buffer.concat([jpegOfSize(413, 579), Buffer.alloc(MAX_PHOTO_BYTES)]), 'image/jpeg')).toMatchObject({ status: 413, body: { code: 'attachment.too-large', maxBytes: MAX_PHOTO_BYTES } });
    expect(await steps.upload(id, 'photo', pngOfSize(200, 259), 'image/png')).toMatchObject({ status: 422, body: { code: 'attachment.too-small', minimum: { width: 200, height: 260 } } });
    expect(await steps.upload(id, 'photo', pngOfSize(200, 260), 'image/png')).toMatchObject({ status: 200, body: { attachments: { photo: { width: 200, height: 260 } } } });
  });

  it('replaces a file and removes the old one; the history says what changed', async () => {
    const id = await bareForm();
    await steps.upload(id, 'evidence', pdfWithPages(3), PDF);
    expect(storedFiles(id)).toHaveLength(1);
    await steps.upload(id, 'evidence', pdfWithPages(5), PDF);
    expect(storedFiles(id)).toHaveLength(1);
    const history = (await campaign.call('GET', `/api/v1/nominations/${id}/history`, 'employer.chengkou-power')).body.filter((t) => t.action === 'attach-evidence');
    expect(history.at(-1)?.changes).toMatchObject({ evidence: { before: { pages: 3 }, after: { pages: 5 } } });
  });

  it('lets only the form’s own employer upload, only while it may change, and the parties download', async () => {
    const id = String((await steps.create(campaignId)).body.id);
    expect((await campaign.send('PUT', `/api/v1/nominations/${id}/photo`, 'employer.shouxun', jpegOfSize(413, 579), { 'content-type': 'image/jpeg', 'if-match': '"3"' })).status).toBe(404);
    expect((await campaign.send('PUT', `/api/v1/nominations/${id}/photo`, 'district.chengkou', jpegOfSize(413, 579), { 'content-type': 'image/jpeg', 'if-match': '"3"' })).status).toBe(403);
    await steps.act(id, 'employer.chengkou-power', 'submit', '同意推荐。');
    expect(await steps.upload(id, 'photo', jpegOfSize(413, 579), 'image/jpeg')).toMatchObject({ status: 409, body: { code: 'nomination.wrong-step' } });

    const evidence = await fetch(`${campaign.service.url}/api/v1/nominations/${id}/evidence`, { headers: { authorization: `Bearer ${await userToken(campaign.stack.realmUrl, 'district.chengkou')}` } });
    expect(evidence.status).toBe(200);
    expect(evidence.headers.get('content-type')).toBe(PDF);
    expect(Buffer.from(await evidence.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await campaign.call('GET', `/api/v1/nominations/${id}/photo`, 'district.yuzhong')).status).toBe(404);
  });
});
