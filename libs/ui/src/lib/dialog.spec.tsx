import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from './dialog';

function Harness({ onClose }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        撤回推荐
      </button>
      <Dialog
        open={open}
        title="确认撤回？"
        onClose={() => {
          onClose?.();
          setOpen(false);
        }}
        actions={<button type="button">确认</button>}
      >
        <p>撤回后需重新提交。</p>
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  it('opens a labelled dialog and closes on Escape', async () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '撤回推荐' }));
    const dialog = screen.getByRole('dialog', { name: '确认撤回？' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveTextContent('撤回后需重新提交。');
    expect(screen.getByRole('button', { name: '确认' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: '撤回推荐' })).toHaveFocus();
  });

  it('closes with the close button', async () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    await userEvent.click(screen.getByRole('button', { name: '撤回推荐' }));
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('uses showModal when the browser has it', () => {
    const showModal = vi.fn(function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    });
    const original = HTMLDialogElement.prototype.showModal;
    HTMLDialogElement.prototype.showModal = showModal;
    try {
      render(<Dialog open title="提示" onClose={() => undefined}>内容</Dialog>);
      expect(showModal).toHaveBeenCalledOnce();
    } finally {
      HTMLDialogElement.prototype.showModal = original;
    }
  });
});
