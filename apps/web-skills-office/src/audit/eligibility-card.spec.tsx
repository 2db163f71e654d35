import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nominationFixture, ok, renderInApp } from '../testing/render';
import { EligibilityCard } from './eligibility-card';

const mock = vi.hoisted(() => ({ api: { GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() }, raw: {}, config: { apiBaseUrl: '', realmUrl: '', clientId: 'web-skills-office', links: {} } }));
// Only the API hook is replaced; the shared messages and the rest of the shell are the real ones.
vi.mock('@bayu/web-shell', async (importOriginal) => ({ ...(await importOriginal<typeof import('@bayu/web-shell')>()), useApi: () => mock }));

const ineligible = nominationFixture({
  eligibility: {
    eligible: false,
    effective: false,
    checks: [{ rule: 'qualification', ok: false, detailZh: '未持有技师及以上证书', detailEn: 'No technician certificate or higher' }],
    override: null,
  },
});

describe('eligibility and the office’s decision on it', () => {
  beforeEach(() => {
    mock.api.POST.mockReset();
  });

  it('shows the computed result with its reasons and opens the decision for an ineligible candidate', () => {
    renderInApp(<EligibilityCard nomination={ineligible} />);
    expect(screen.getByText(/未持有技师及以上证书/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '认定推荐条件' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText(/认定结果/)).toHaveValue('true');
  });

  it('requires a justification, then records the decision on the version read', async () => {
    const user = userEvent.setup();
    mock.api.POST.mockResolvedValue(ok(ineligible));
    renderInApp(<EligibilityCard nomination={ineligible} />);
    await user.click(screen.getByRole('button', { name: '提交资格认定' }));
    expect(screen.getByText('请填写认定理由')).toBeInTheDocument();
    expect(mock.api.POST).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText(/认定理由/), '在智慧交通领域取得系列创新成果。');
    await user.click(screen.getByRole('button', { name: '提交资格认定' }));
    expect(mock.api.POST).toHaveBeenCalledWith('/api/v1/nominations/{id}/eligibility-override', {
      params: { path: { id: ineligible.id }, header: { 'If-Match': '"3"' } },
      body: { eligible: true, justification: '在智慧交通领域取得系列创新成果。' },
    });
    expect(await screen.findByText('资格认定已记录。')).toBeInTheDocument();
  });

  it('shows who decided against the computed result, and why', () => {
    const decided = nominationFixture({
      eligibility: { ...ineligible.eligibility, effective: true, override: { eligible: true, justification: '经联席会办公室研究认定。', by: 'skills.office', at: '2031-05-20T02:00:00.000Z' } },
    });
    renderInApp(<EligibilityCard nomination={decided} />);
    expect(screen.getByText(/skills\.office 于 .+ 认定为“符合条件”/)).toBeInTheDocument();
    expect(screen.getByText('理由：经联席会办公室研究认定。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '认定推荐条件' })).toHaveAttribute('aria-expanded', 'false');
  });
});
