import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider, LOCALE_STORAGE_KEY } from './i18n';
import { TargetProgress } from './target-progress';

describe('TargetProgress', () => {
  it('shows "value / 目标 target" and places the marker at the target', () => {
    const { container } = render(<TargetProgress label="高技能人才占比" value={0.284} target={0.32} />);
    expect(screen.getByText('28.4% / 目标 32%')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '高技能人才占比：28.4% / 目标 32%（未达标）' })).toBeInTheDocument();
    expect(container.querySelector('.bayu-target__marker')).toHaveAttribute('x1', '32');
    expect(Number(container.querySelector('.bayu-target__fill')?.getAttribute('width'))).toBeCloseTo(28.4, 5);
    expect(screen.getByRole('table')).toHaveTextContent('当前28.4%目标32%');
  });

  it('marks a met target and speaks English', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    render(
      <I18nProvider>
        <TargetProgress label="Share" value={0.4} target={0.32} />
      </I18nProvider>,
    );
    expect(screen.getByText('40% / target 32%')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Target met/ })).toBeInTheDocument();
    localStorage.clear();
  });
});
