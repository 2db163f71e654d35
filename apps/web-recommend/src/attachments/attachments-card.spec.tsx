import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@bayu/ui';
import { messages } from '../messages';
import type { NominationView } from '../nominations/form-state';
import type { AttachmentRules } from './attachment-rules';
import { AttachmentsCard } from './attachments-card';

const get = vi.fn();
const upload = vi.fn();
vi.mock('@bayu/web-shell', async (importOriginal) => ({ ...(await importOriginal<typeof import('@bayu/web-shell')>()), useApi: () => ({ api: { GET: get }, raw: { upload }, config: {} }) }));

/** Rules as a deployment might set them: not the service's defaults. */
const rules: AttachmentRules = {
  photo: { maxBytes: 100_000, mediaTypes: ['image/jpeg', 'image/png'], extensions: ['.jpg', '.jpeg', '.png'], minWidth: 300, minHeight: 400 },
  evidence: { maxBytes: 200_000, mediaTypes: ['application/pdf'], extensions: ['.pdf'], maxPages: 6 },
};

const view = { id: 'n-1', version: 2, form: { name: '冉洪位' }, attachments: { photo: null, evidence: null } } as unknown as NominationView;

function renderCard() {
  return render(
    <I18nProvider messages={messages} defaultLocale="zh-CN">
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })}>
        <AttachmentsCard view={view} editable />
      </QueryClientProvider>
    </I18nProvider>,
  );
}

describe('AttachmentsCard', () => {
  beforeEach(() => {
    get.mockReset();
    upload.mockReset();
  });

  it('hints and pre-checks with the rules the service publishes', async () => {
    get.mockResolvedValue({ data: rules, response: new Response(null, { status: 200 }) });
    const user = userEvent.setup();
    renderCard();
    expect(await screen.findByText(/不小于 300×400 像素/)).toBeInTheDocument();
    expect(screen.getByText(/不超过 6 页/)).toBeInTheDocument();
    expect(get).toHaveBeenCalledWith('/api/v1/nominations/attachment-rules');
    const photo = screen.getByLabelText('上传二寸照片');
    expect(photo).toHaveAttribute('accept', '.jpg,.jpeg,.png,image/jpeg,image/png');
    await user.upload(photo, new File([new Uint8Array(100_001)], 'me.jpg', { type: 'image/jpeg' }));
    expect(screen.getByText(/文件过大/)).toBeInTheDocument();
    expect(upload).not.toHaveBeenCalled();
  });

  it('holds nothing back while the rules are unknown: no numbers, no pre-check, the API decides', async () => {
    get.mockReturnValue(new Promise(() => undefined));
    upload.mockReturnValue(new Promise(() => undefined));
    const user = userEvent.setup();
    renderCard();
    expect(screen.getByText('JPEG 或 PNG 格式的清晰二寸证件照。')).toBeInTheDocument();
    expect(screen.getByText('证书复印件、获奖证明等合成一个 PDF 或 Word（.docx）文件。')).toBeInTheDocument();
    const evidence = screen.getByLabelText('上传证明材料');
    expect(evidence).not.toHaveAttribute('accept');
    await user.upload(evidence, new File([new Uint8Array(300_000)], '证明.pdf', { type: 'application/pdf' }));
    expect(upload).toHaveBeenCalledWith('PUT', '/api/v1/nominations/n-1/evidence?fileName=%E8%AF%81%E6%98%8E.pdf', expect.any(File), { 'content-type': 'application/pdf', 'if-match': '"2"' });
  });
});
