import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Checkbox } from './checkbox';

describe('Checkbox', () => {
  it('is labelled and reports the new checked state', async () => {
    const onChange = vi.fn();
    render(<Checkbox label="我已阅读并同意" name="consent" checked={false} onChange={onChange} error="请先同意" required />);
    const box = screen.getByRole('checkbox', { name: /我已阅读并同意/ });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/请先同意/);
    await userEvent.click(screen.getByText('我已阅读并同意'));
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
