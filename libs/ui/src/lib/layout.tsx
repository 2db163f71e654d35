import type { CSSProperties, ReactNode } from 'react';
import { cx } from './field';

export interface PageHeaderProps {
  readonly title: ReactNode;
  readonly description?: ReactNode;
  readonly actions?: ReactNode;
  /** Small text above the title (e.g. a breadcrumb or the campaign name). */
  readonly eyebrow?: ReactNode;
}

/** The page's `<h1>`, description and primary actions. */
export function PageHeader({ title, description, actions, eyebrow }: PageHeaderProps) {
  return (
    <div className="bayu-page-header">
      <div className="bayu-page-header__text">
        {eyebrow && <div className="bayu-page-header__eyebrow">{eyebrow}</div>}
        <h1 className="bayu-page-header__title">{title}</h1>
        {description && <div className="bayu-page-header__description">{description}</div>}
      </div>
      {actions && <div className="bayu-page-header__actions">{actions}</div>}
    </div>
  );
}

export interface CardProps {
  readonly title?: ReactNode;
  readonly children: ReactNode;
  readonly actions?: ReactNode;
  /** Heading level of the title; 2 by default. */
  readonly headingLevel?: 2 | 3 | 4;
  readonly className?: string;
}

export function Card({ title, children, actions, headingLevel = 2, className }: CardProps) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <section className={cx('bayu-card', className)}>
      {(title || actions) && (
        <div className="bayu-card__header">
          {title && <Heading className="bayu-card__title">{title}</Heading>}
          {actions && <div className="bayu-card__actions">{actions}</div>}
        </div>
      )}
      <div className="bayu-card__body">{children}</div>
    </section>
  );
}

export interface StatProps {
  readonly label: ReactNode;
  readonly value: ReactNode;
  readonly hint?: ReactNode;
  readonly className?: string;
}

/** A KPI tile: label, big value, small hint. */
export function Stat({ label, value, hint, className }: StatProps) {
  return (
    <dl className={cx('bayu-stat', className)}>
      <div className="bayu-stat__pair">
        <dt className="bayu-stat__label">{label}</dt>
        <dd className="bayu-stat__value">{value}</dd>
        {hint && <dd className="bayu-stat__hint">{hint}</dd>}
      </div>
    </dl>
  );
}

export interface ToolbarProps {
  readonly children: ReactNode;
  /** Names the group of controls (e.g. "筛选"). */
  readonly label?: string;
  readonly className?: string;
}

/** A wrapping row of filters / buttons. */
export function Toolbar({ children, label, className }: ToolbarProps) {
  return (
    <div className={cx('bayu-toolbar', className)} role={label ? 'group' : undefined} aria-label={label}>
      {children}
    </div>
  );
}

export type Space = 'xs' | 'sm' | 'md' | 'lg' | 'xl';

export interface StackProps {
  readonly children: ReactNode;
  readonly gap?: Space;
  readonly direction?: 'column' | 'row';
  readonly align?: 'start' | 'center' | 'end' | 'stretch';
  readonly wrap?: boolean;
  readonly as?: 'div' | 'section' | 'form' | 'ul';
  readonly className?: string;
}

export function Stack({ children, gap = 'md', direction = 'column', align, wrap = false, as: Tag = 'div', className }: StackProps) {
  const style: CSSProperties = { gap: `var(--bayu-space-${gap})`, flexDirection: direction, alignItems: align === 'start' || align === 'end' ? `flex-${align}` : align, flexWrap: wrap ? 'wrap' : undefined };
  return (
    <Tag className={cx('bayu-stack', className)} style={style}>
      {children}
    </Tag>
  );
}

export interface GridProps {
  readonly children: ReactNode;
  /** Narrowest column; the grid fits as many as the width allows (one on phones). */
  readonly minColumnWidth?: string;
  readonly gap?: Space;
  readonly className?: string;
}

export function Grid({ children, minColumnWidth = '14rem', gap = 'md', className }: GridProps) {
  const style: CSSProperties = { gap: `var(--bayu-space-${gap})`, gridTemplateColumns: `repeat(auto-fit, minmax(min(${minColumnWidth}, 100%), 1fr))` };
  return (
    <div className={cx('bayu-grid', className)} style={style}>
      {children}
    </div>
  );
}
