import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '@bayu/api-client';
import { renderInApp } from '../testing/render';
import { NewCampaignPage } from './new-campaign-page';

const mock = vi.hoisted(() => ({ api: { GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }, raw: {}, config: {} }));
// Only the API hook is replaced; the shared messages and the rest of the shell are the real ones.
vi.mock('@bayu/web-shell', async (importOriginal) => ({ ...(await importOriginal<typeof import('@bayu/web-shell')>()), useApi: () => mock }));

describe('新建评选活动', () => {
  beforeEach(() => {
    mock.api.POST.mockReset();
  });

  it('shows each refused setting next to its field and keeps what was typed', async () => {
    const user = userEvent.setup();
    mock.api.POST.mockImplementation(async () => {
      throw new ApiProblem(400, {
        status: 400,
        title: '请求参数有误',
        errors: [
          { field: 'quotas.district', detail: '不能小于 1' },
          { field: 'schedule.selection.start', detail: '不能早于推荐阶段结束' },
        ],
      });
    });
    renderInApp(<NewCampaignPage />);
    const year = screen.getByLabelText(/活动年度/);
    await user.clear(year);
    await user.type(year, '2031');
    expect(screen.getByLabelText(/推荐阶段开始日期/)).toHaveValue('2031-05-01');
    const quota = screen.getByLabelText(/每个区县推荐名额/);
    await user.clear(quota);
    await user.type(quota, '0');
    await user.click(screen.getByRole('button', { name: '创建评选活动' }));

    expect(await screen.findByText('不能小于 1')).toBeInTheDocument();
    expect(quota).toHaveAttribute('aria-invalid', 'true');
    expect(quota).toHaveAccessibleDescription(expect.stringContaining('不能小于 1'));
    expect(screen.getByLabelText(/评选阶段开始日期/)).toHaveAccessibleDescription(expect.stringContaining('不能早于推荐阶段结束'));
    expect(quota).toHaveValue(0);
    expect(year).toHaveValue(2031);
    expect(mock.api.POST.mock.calls[0]?.[1]).toMatchObject({ body: { year: 2031, quotas: { district: 0, department: 3 }, shortlistSize: 50, expertReviewSize: 30, awardCount: 10, awardNominationCount: 10 } });
  });
});
