import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { composeNationalId } from '@bayu/national-id/format';
import { I18nProvider } from '@bayu/ui';
import { messages } from '../messages';
import { NationalIdField } from './national-id-field';

function Harness() {
  const [value, setValue] = useState('');
  return (
    <I18nProvider messages={messages}>
      <NationalIdField label="身份证号" name="nationalId" value={value} onChange={setValue} required />
      <button type="button">next</button>
    </I18nProvider>
  );
}

describe('NationalIdField', () => {
  it('checks the number as it is typed and shows what a valid one encodes', async () => {
    render(<Harness />);
    const input = screen.getByLabelText(/身份证号/);
    const valid = composeNationalId('500103', '1988-03-15', 123, 'male');

    await userEvent.type(input, valid.slice(0, 10));
    expect(screen.getByText('已输入 10 / 18 位')).toBeInTheDocument();
    expect(input).not.toHaveAttribute('aria-invalid');

    await userEvent.type(input, valid.slice(10, 17) + (valid[17] === '0' ? '1' : '0'));
    expect(screen.getByText('校验位不正确，请核对号码')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');

    await userEvent.clear(input);
    await userEvent.type(input, valid);
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText(/号码有效：出生日期 1988年3月15日，性别 男/)).toBeInTheDocument();
  });

  it('flags a number left half-typed', async () => {
    render(<Harness />);
    await userEvent.type(screen.getByLabelText(/身份证号/), '500103');
    await userEvent.click(screen.getByRole('button', { name: 'next' }));
    expect(screen.getByText('身份证号应为18位：17位数字加1位数字或X')).toBeInTheDocument();
  });
});
