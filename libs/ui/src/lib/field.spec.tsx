import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { countCharacters, Select, TextArea, TextField } from './field';

describe('TextField', () => {
  it('associates the label and wires aria-describedby / aria-invalid to hint and error', () => {
    render(<TextField label="姓名" name="name" value="" onChange={() => undefined} hint="与身份证一致" error="请填写姓名" required />);
    const input = screen.getByLabelText(/姓名/);
    expect(input).toHaveAttribute('name', 'name');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-required', 'true');
    expect(input).toHaveAccessibleDescription('与身份证一致 请填写姓名');
    const error = screen.getByText('请填写姓名');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect(error.closest('[role="alert"]')).toBeNull();
    expect(screen.getByText('*')).toHaveAttribute('aria-hidden', 'true');
  });

  it('has no aria-invalid or description without hint or error', () => {
    render(<TextField label="电话" name="phone" value="" onChange={() => undefined} type="tel" inputMode="tel" />);
    const input = screen.getByLabelText('电话');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).toHaveAttribute('type', 'tel');
  });

  it('reports typed text through onChange(value)', async () => {
    const onChange = vi.fn();
    function Controlled() {
      const [v, setV] = useState('');
      return <TextField label="单位" name="org" value={v} onChange={(x) => { setV(x); onChange(x); }} />;
    }
    render(<Controlled />);
    await userEvent.type(screen.getByLabelText('单位'), '重庆');
    expect(onChange).toHaveBeenLastCalledWith('重庆');
  });
});

describe('TextArea', () => {
  it('counts characters as users see them', () => {
    expect(countCharacters('工匠👍')).toBe(3);
    expect('工匠👍'.length).toBe(4);
  });

  it('shows a polite live counter and flags going over the limit', () => {
    const { rerender } = render(<TextArea label="事迹" name="story" value="工匠👍" onChange={() => undefined} maxLength={3} />);
    const counter = screen.getByText('3 / 3').closest('p');
    expect(counter).toHaveAttribute('aria-live', 'polite');
    expect(counter).not.toHaveClass('bayu-field__counter--over');
    const textarea = screen.getByLabelText('事迹');
    expect(textarea).not.toHaveAttribute('aria-invalid');
    expect(textarea.getAttribute('aria-describedby')).toContain(counter?.id);
    expect(textarea).not.toHaveAttribute('maxlength'); // never truncate silently

    rerender(<TextArea label="事迹" name="story" value="工匠👍!" onChange={() => undefined} maxLength={3} />);
    const over = screen.getByText('4 / 3').closest('p');
    expect(over).toHaveClass('bayu-field__counter--over');
    expect(over).toHaveTextContent('超出 1 字');
    expect(screen.getByLabelText('事迹')).toHaveAttribute('aria-invalid', 'true');
  });

  it('has no counter without maxLength', () => {
    render(<TextArea label="备注" name="note" value="abc" onChange={() => undefined} rows={6} />);
    expect(screen.queryByText(/\/\s/)).toBeNull();
    expect(screen.getByLabelText('备注')).toHaveAttribute('rows', '6');
  });
});

describe('Select', () => {
  const options = [
    { value: 'yuzhong', label: '渝中区' },
    { value: 'jiangbei', label: '江北区' },
  ];

  it('renders a labelled select with a placeholder and reports the chosen value', async () => {
    const onChange = vi.fn();
    render(<Select label="区县" name="district" value="" onChange={onChange} options={options} placeholder="请选择" error="请选择区县" />);
    const select = screen.getByLabelText('区县');
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('option', { name: '请选择' })).toHaveValue('');
    await userEvent.selectOptions(select, 'jiangbei');
    expect(onChange).toHaveBeenCalledWith('jiangbei');
  });
});
