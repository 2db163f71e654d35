import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '@bayu/api-client';
import { composeNationalId } from '@bayu/national-id/format';
import { I18nProvider } from '@bayu/ui';
import type { Campaign } from '../campaigns/queries';
import { messages } from '../messages';
import { NominationEditor } from './form-editor';
import { emptyFormState, type FormState } from './form-state';

const post = vi.fn();
vi.mock('@bayu/web-shell', () => ({ useApi: () => ({ api: { POST: post }, raw: {}, config: {} }) }));

const id = composeNationalId('500229', '1984-06-12', 313, 'male');
const campaign = { id: 'c-1', formDeadline: '2099-06-30T15:59:59.000Z' } as Campaign;
const filled: FormState = {
  ...emptyFormState({ employerName: '城口供电公司' }),
  name: '冉洪位',
  gender: 'male',
  birthYearMonth: '1984-06',
  nationalId: id,
  politicalAffiliation: '中共党员',
  education: '大学专科',
  occupation: '电力线路运维',
  skillLevel: 'technician',
  workStartYearMonth: '2004-07',
  employerAddress: '重庆市城口县',
  employerPostcode: '405900',
  employerContact: '人事部',
  employerPhone: '023-59222222',
  deedsAndAwards: '事迹',
  deedsStatement: '事迹材料',
};

function renderEditor(initial: FormState) {
  return render(
    <I18nProvider messages={messages} defaultLocale="zh-CN">
      <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
        <MemoryRouter>
          <NominationEditor campaign={campaign} initial={initial} centralUnit={false} districtCode="500229" />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  );
}

describe('NominationEditor', () => {
  beforeEach(() => {
    post.mockReset();
    localStorage.clear();
  });

  it('checks the ID number as it is typed and fills gender and birth month from a valid one', async () => {
    const user = userEvent.setup();
    renderEditor(emptyFormState());
    const input = screen.getByLabelText(/^身份证号码/);
    await user.type(input, `${id.slice(0, 17)}${id[17] === '1' ? '2' : '1'}`);
    expect(screen.getByText('校验码不正确，请核对号码')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.clear(input);
    await user.type(input, id);
    expect(screen.getByText('号码有效：男，1984年6月出生')).toBeInTheDocument();
    expect(screen.getByLabelText(/^性别/)).toHaveValue('male');
    expect(screen.getByLabelText(/^出生年月/)).toHaveValue('1984-06');
  });

  it('does not send a form with problems: it counts them and marks each field', async () => {
    const user = userEvent.setup();
    renderEditor(emptyFormState());
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(post).not.toHaveBeenCalled();
    expect(screen.getByText(/处需要修改，已在对应栏目标出/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^姓名/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^姓名/)).toHaveFocus();
  });

  it('shows the API’s problem as it words it, the field it names next to that field, and keeps the input', async () => {
    post.mockRejectedValue(
      new ApiProblem(409, { status: 409, code: 'nomination.already-recommended', title: '该人员已在本次评选中被推荐，同一人不能重复推荐', errors: [{ field: 'form.nationalId', detail: 'already recommended in this campaign' }] }),
    );
    const user = userEvent.setup();
    renderEditor(filled);
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('该人员已在本次评选中被推荐');
    const idInput = screen.getByLabelText(/^身份证号码/);
    const field = idInput.closest('.bayu-field') as HTMLElement;
    expect(within(field).getByText('already recommended in this campaign')).toBeInTheDocument();
    expect(idInput).toHaveValue(id);
    expect(post).toHaveBeenCalledWith('/api/v1/nominations', { body: expect.objectContaining({ campaignId: 'c-1', recommender: { kind: 'district' } }) });
  });
});
