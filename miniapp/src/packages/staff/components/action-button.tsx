import { Button } from '@tarojs/components';
import type { ReactNode } from 'react';
import './action-button.scss';

interface Props {
  variant?: 'primary' | 'secondary' | 'danger';
  /** Half width, to sit two in a row. */
  compact?: boolean;
  disabled?: boolean;
  busy?: boolean;
  onClick?: () => void;
  children: ReactNode;
}

/** The staff pages' button: a large tap target that ignores taps while disabled or busy. */
export function ActionButton({
  variant = 'primary',
  compact,
  disabled,
  busy,
  onClick,
  children,
}: Props) {
  const className = `action-button action-button--${variant}${compact ? ' action-button--compact' : ''}`;
  return (
    <Button
      className={className}
      // Only set when true: Taro's H5 button styles any [disabled] attribute, "false" included.
      disabled={disabled || busy ? true : undefined}
      loading={busy ? true : undefined}
      // Taro's H5 button is a custom element: say "disabled" to assistive technology too.
      aria-disabled={disabled || busy ? true : undefined}
      onClick={() => {
        if (!disabled && !busy) onClick?.();
      }}
    >
      {children}
    </Button>
  );
}
