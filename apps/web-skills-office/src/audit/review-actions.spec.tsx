import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '@bayu/api-client';
import { nominationFixture, ok, renderInApp } from '../testing/render';
import { ReviewActions } from './review-actions';

const mock = vi.hoisted(() => ({ api: { GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }, raw: {}, config: { apiBaseUrl: '', realmUrl: '', clientId: 'web-skills-office', links: {} } }));
// Only the API hook is replaced; the shared messages and the rest of the shell are the real ones.
vi.mock('@bayu/web-shell', async (importOriginal) => ({ ...(await importOriginal<typeof import('@bayu/web-shell')>()), useApi: () => mock }));

describe('the office’s decision on a form', () => {
  beforeEach(() => {
    mock.api.POST.mockReset();
  });

  it('asks for the opinion before it calls the API, then sends it with the version read', async () => {
    const user = userEvent.setup();
    const nomination = nominationFixture();
    mock.api.POST.mockResolvedValue(ok({ ...nomination, status: 'endorsed', nextActions: [], version: 4 }));
    renderInApp(<ReviewActions nomination={nomination} />);

    await user.click(screen.getByRole('button', { name: '审核通过' }));
    await user.click(screen.getByRole('button', { name: '确认审核通过' }));
    expect(screen.getByText('请填写审核意见')).toBeInTheDocument();
    expect(mock.api.POST).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/审核意见/), '符合推荐条件，同意。');
    await user.click(screen.getByRole('button', { name: '确认审核通过' }));
    expect(mock.api.POST).toHaveBeenCalledWith('/api/v1/nominations/{id}/actions', {
      params: { path: { id: nomination.id }, header: { 'If-Match': '"3"' } },
      body: { action: 'office-approve', opinion: '符合推荐条件，同意。' },
    });
    expect(await screen.findByText('已办理：审核通过。')).toBeInTheDocument();
  });

  it('says someone else changed the form when the API answers 412, and offers no second try on stale data', async () => {
    const user = userEvent.setup();
    mock.api.POST.mockImplementation(async () => {
      throw new ApiProblem(412, { status: 412, title: '推荐表已被他人修改，请刷新后重试' });
    });
    const nomination = nominationFixture();
    const { queryClient } = renderInApp(<ReviewActions nomination={nomination} />);
    queryClient.setQueryData(['nomination', nomination.id], nomination);

    await user.click(screen.getByRole('button', { name: '退回修改' }));
    await user.type(screen.getByLabelText(/审核意见/), '请补充专利证书编号。');
    await user.click(screen.getByRole('button', { name: '确认退回修改' }));
    expect(await screen.findByText(/已有他人修改了这条记录/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '确认退回修改' })).not.toBeInTheDocument();
    expect(queryClient.getQueryState(['nomination', nomination.id])?.isInvalidated).toBe(true);
  });

  it('offers nothing when the API lists no office action', () => {
    renderInApp(<ReviewActions nomination={nominationFixture({ status: 'endorsed', nextActions: [] })} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('该推荐表当前没有需要市高技办办理的事项。')).toBeInTheDocument();
  });
});
