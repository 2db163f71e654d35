import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FileField, fileMatchesAccept } from './file-field';

const fileOf = (bytes: number, name = 'photo.jpg', type = 'image/jpeg') => new File([new Uint8Array(bytes)], name, { type });

describe('FileField', () => {
  it('rejects an oversize file with a localized error and onChange(null)', async () => {
    const onChange = vi.fn();
    render(<FileField label="证明材料" name="proof" maxBytes={1024} onChange={onChange} />);
    const input = screen.getByLabelText('证明材料');
    await userEvent.upload(input, fileOf(2048));
    expect(onChange).toHaveBeenLastCalledWith(null);
    const error = screen.getByText(/文件过大（2 KB），请选择不超过 1 KB 的文件/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.getAttribute('aria-describedby')).toContain(error.closest('p')?.id);
    expect(screen.queryByText(/已选择/)).toBeNull();
  });

  it('accepts a file within the limit and shows its name and size', async () => {
    const onChange = vi.fn();
    render(<FileField label="证明材料" name="proof" maxBytes={1024 * 1024} onChange={onChange} hint="PDF 或图片" />);
    const file = fileOf(1536);
    await userEvent.upload(screen.getByLabelText('证明材料'), file);
    expect(onChange).toHaveBeenLastCalledWith(file);
    expect(screen.getByText('已选择：photo.jpg（1.5 KB）')).toBeInTheDocument();
    expect(screen.getByText(/PDF 或图片 大小不超过 1 MB/)).toBeInTheDocument();
    expect(screen.getByLabelText('证明材料')).not.toHaveAttribute('aria-invalid');

    await userEvent.click(screen.getByRole('button', { name: '移除文件' }));
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(screen.queryByText(/已选择/)).toBeNull();
  });

  it('clears a previous rejection when a good file is chosen', async () => {
    render(<FileField label="证明材料" name="proof" maxBytes={1024} onChange={() => undefined} />);
    const input = screen.getByLabelText('证明材料');
    await userEvent.upload(input, fileOf(4096));
    expect(screen.getByText(/文件过大/)).toBeInTheDocument();
    await userEvent.upload(input, fileOf(10));
    expect(screen.queryByText(/文件过大/)).toBeNull();
  });

  it('shows a controlled file', () => {
    render(<FileField label="照片" name="photo" onChange={() => undefined} file={fileOf(100, 'me.png', 'image/png')} />);
    expect(screen.getByText('已选择：me.png（100 字节）')).toBeInTheDocument();
  });

  it('matches accept lists by extension, wildcard and exact type', () => {
    expect(fileMatchesAccept({ name: 'a.PDF', type: '' }, '.pdf')).toBe(true);
    expect(fileMatchesAccept({ name: 'a.png', type: 'image/png' }, '.pdf, image/*')).toBe(true);
    expect(fileMatchesAccept({ name: 'a.exe', type: 'application/x-msdownload' }, '.pdf,image/*')).toBe(false);
    expect(fileMatchesAccept({ name: 'a.exe', type: '' }, undefined)).toBe(true);
  });
});
