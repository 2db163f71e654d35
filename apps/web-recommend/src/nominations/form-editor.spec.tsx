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
import { emptyFormState, formStateFromView, toCreateBody, type FormState, type NominationView } from './form-state';

const post = vi.fn();
const put = vi.fn();
// Only the API hook is replaced; the shared messages and the rest of the shell are the real ones.
vi.mock('@bayu/web-shell', async (importOriginal) => ({ ...(await importOriginal<typeof import('@bayu/web-shell')>()), useApi: () => ({ api: { POST: post, PUT: put }, raw: {}, config: {} }) }));

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

/** The saved draft as the API returns it: the ID number only masked. */
function savedView(): NominationView {
  const { nationalId: _never, ...form } = toCreateBody(filled, 'c-1').form;
  return {
    id: 'n-1',
    campaignId: 'c-1',
    status: 'draft',
    recommender: { kind: 'district', code: '500229', nameZh: '城口县' },
    employerId: 'e-1',
    districtCode: '500229',
    nationalIdMasked: `${id.slice(0, 6)}********${id.slice(14)}`,
    form,
    eligibility: { eligible: true, effective: true, checks: [], override: null },
    attachments: { photo: null, evidence: null },
    nextActions: [],
    version: 3,
    createdAt: '2026-12-02T00:00:00.000Z',
    updatedAt: '2026-12-02T00:00:00.000Z',
  };
}

function renderEditor(initial: FormState, view?: NominationView) {
  return render(
    <I18nProvider messages={messages} defaultLocale="zh-CN">
      <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
        <MemoryRouter>
          <NominationEditor campaign={campaign} view={view} initial={initial} centralUnit={false} districtCode="500229" />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  );
}

describe('NominationEditor', () => {
  beforeEach(() => {
    post.mockReset();
    put.mockReset();
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

  it('does not ask a saved form for the ID number again: it shows it masked and sends the correction without it', async () => {
    const view = savedView();
    put.mockResolvedValue({ data: { ...view, version: 4 }, response: new Response(null, { status: 200 }) });
    const user = userEvent.setup();
    renderEditor(formStateFromView(view), view);
    expect(screen.getByLabelText(/^身份证号码/)).toHaveValue(view.nationalIdMasked);
    expect(screen.getByLabelText(/^身份证号码/)).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: '更换身份证号码' })).toBeInTheDocument();
    const address = screen.getByLabelText(/^单位地址/);
    await user.clear(address);
    await user.type(address, '重庆市城口县葛城街道');
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('已保存草稿')).toBeInTheDocument();
    expect(put).toHaveBeenCalledTimes(1);
    const [path, request] = put.mock.calls[0] as [string, { params: unknown; body: { form: Record<string, unknown> } }];
    expect(path).toBe('/api/v1/nominations/{id}');
    expect(request.params).toEqual({ path: { id: 'n-1' }, header: { 'If-Match': '"3"' } });
    expect(request.body.form).not.toHaveProperty('nationalId');
    expect(request.body.form).toMatchObject({ employerAddress: '重庆市城口县葛城街道', gender: 'male' });
  });

  it('opens the ID field on “更换身份证号码”, checks the new number live, sends it, and can go back to the saved one', async () => {
    const view = savedView();
    const other = composeNationalId('500229', '1984-06-12', 315, 'male');
    put.mockResolvedValue({ data: { ...view, version: 4, nationalIdMasked: `${other.slice(0, 6)}********${other.slice(14)}` }, response: new Response(null, { status: 200 }) });
    const user = userEvent.setup();
    renderEditor(formStateFromView(view), view);

    await user.click(screen.getByRole('button', { name: '更换身份证号码' }));
    const input = screen.getByLabelText(/^身份证号码/);
    expect(input).toHaveFocus();
    expect(input).toHaveValue('');
    expect(input).not.toHaveAttribute('readonly');
    expect(screen.getByText(new RegExp(`原号码为 ${view.nationalIdMasked.replace(/\*/g, '\\*')}`))).toBeInTheDocument();

    // Back to the saved number: nothing to send for it.
    await user.click(screen.getByRole('button', { name: '保留原号码' }));
    expect(screen.getByLabelText(/^身份证号码/)).toHaveValue(view.nationalIdMasked);
    expect(screen.getByRole('button', { name: '更换身份证号码' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: '更换身份证号码' }));
    await user.type(screen.getByLabelText(/^身份证号码/), `${other.slice(0, 17)}${other[17] === '1' ? '2' : '1'}`);
    expect(screen.getByText('校验码不正确，请核对号码')).toBeInTheDocument();
    await user.clear(screen.getByLabelText(/^身份证号码/));
    await user.type(screen.getByLabelText(/^身份证号码/), other.toLowerCase());
    expect(screen.getByText('号码有效：男，1984年6月出生')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('已保存草稿')).toBeInTheDocument();
    const [, request] = put.mock.calls[0] as [string, { body: { form: Record<string, unknown> } }];
    expect(request.body.form.nationalId).toBe(other);
    // Saved: the editor lets go of the number and shows the field closed again.
    expect(screen.getByLabelText(/^身份证号码/)).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: '更换身份证号码' })).toBeInTheDocument();
  });
});
