import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@bayu/ui';
import { messages } from '../messages';
import { ImportsPage } from './imports-page';
import type { ImportLimits } from './progress';

const get = vi.fn();
const upload = vi.fn();
vi.mock('@bayu/web-shell', async (importOriginal) => ({ ...(await importOriginal<typeof import('@bayu/web-shell')>()), useApi: () => ({ api: { GET: get }, raw: { upload }, config: {} }) }));

/** Limits as a deployment might set them: not the registry's defaults. */
const limits: ImportLimits = { maxBytes: 50_000, acceptedTypes: ['text/csv', '.csv'], maxRows: 5000 };
const answer = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });

function renderPage() {
  return render(
    <I18nProvider messages={messages} defaultLocale="zh-CN">
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })}>
        <MemoryRouter>
          <ImportsPage />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  );
}

describe('ImportsPage', () => {
  beforeEach(() => {
    get.mockReset();
    upload.mockReset();
  });

  it('hints and pre-checks with the limits the registry publishes', async () => {
    get.mockImplementation((path: string) => Promise.resolve(answer(path === '/api/v1/imports/limits' ? limits : [])));
    const user = userEvent.setup();
    renderPage();
    expect(await screen.findByText(/每个文件最多 5,000 行数据/)).toBeInTheDocument();
    const field = screen.getByLabelText(/名册文件/);
    expect(field).toHaveAttribute('accept', 'text/csv,.csv');
    await user.upload(field, new File([new Uint8Array(50_001)], '名册.csv', { type: 'text/csv' }));
    expect(screen.getByText(/文件过大/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '上传并导入' }));
    expect(upload).not.toHaveBeenCalled();
  });

  it('holds nothing back while the limits are unknown: the registry decides', async () => {
    get.mockImplementation((path: string) => (path === '/api/v1/imports/limits' ? new Promise(() => undefined) : Promise.resolve(answer([]))));
    upload.mockReturnValue(new Promise(() => undefined));
    const user = userEvent.setup();
    renderPage();
    const field = screen.getByLabelText(/名册文件/);
    expect(field).not.toHaveAttribute('accept');
    expect(screen.queryByText(/行数据/)).not.toBeInTheDocument();
    await user.upload(field, new File([new Uint8Array(50_001)], '名册.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: '上传并导入' }));
    expect(upload).toHaveBeenCalledWith('POST', `/api/v1/imports?fileName=${encodeURIComponent('名册.csv')}`, expect.any(File), { 'content-type': 'text/csv' });
  });
});
