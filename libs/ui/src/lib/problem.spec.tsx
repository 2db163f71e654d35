import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fieldErrors, ProblemAlert, type ProblemLike } from './problem';

const problem: ProblemLike = {
  title: '提交的信息有误',
  detail: '请修改标红的项目后重新提交。',
  status: 422,
  errors: [
    { field: 'name', detail: '请填写姓名' },
    { field: 'name', detail: '姓名过长' },
    { field: 'birthDate', detail: '出生日期不能晚于今天' },
    { field: '', pointer: '/address/city', detail: '请选择城市' },
    { field: 'quota', detail: '本单位推荐名额已用完', code: 'QUOTA_EXCEEDED' },
  ],
};

describe('fieldErrors', () => {
  it('keeps the first message per field and reads JSON pointers', () => {
    expect(fieldErrors(problem)).toEqual({ name: '请填写姓名', birthDate: '出生日期不能晚于今天', 'address.city': '请选择城市', quota: '本单位推荐名额已用完' });
    expect(fieldErrors(null)).toEqual({});
    expect(fieldErrors({ title: 'x' })).toEqual({});
  });
});

describe('ProblemAlert', () => {
  it('shows title, detail and only the errors of fields not shown beside inputs', () => {
    render(<ProblemAlert problem={problem} fields={['name', 'birthDate', 'address.city']} fieldLabels={{ quota: '推荐名额' }} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('提交的信息有误');
    expect(alert).toHaveTextContent('请修改标红的项目后重新提交。');
    const items = within(alert).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['推荐名额：本单位推荐名额已用完']);
    expect(alert).not.toHaveTextContent('请填写姓名');
  });

  it('renders nothing without a problem, and a generic text for a bare problem', () => {
    const { container, rerender } = render(<ProblemAlert problem={null} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ProblemAlert problem={{ status: 500 }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('出错了请稍后重试。');
  });
});
