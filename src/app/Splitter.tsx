import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface SplitterProps {
  label: string;
  /**
   * `horizontal`: a bar between a panel above and one below, dragged up and down;
   * `vertical`: a bar between panels side by side, dragged left and right.
   */
  orientation?: 'horizontal' | 'vertical';
  /** Which side's panel this splitter sizes: the one before it (above, left) or after it. */
  sizes?: 'before' | 'after';
  /** Size of that panel, in pixels. */
  value: number;
  min: number;
  max: number;
  onChange(value: number): void;
  className?: string;
}

/**
 * A splitter (the ARIA window-splitter pattern) that resizes one panel, by pointer or keyboard:
 * arrow keys move it 20 px (Shift: 80 px), Home and End take the panel to its smallest and
 * largest size.
 */
export function Splitter({
  label,
  orientation = 'horizontal',
  sizes = 'after',
  value,
  min,
  max,
  onChange,
  className = '',
}: SplitterProps) {
  const start = useRef<{ at: number; value: number } | null>(null);
  const clamp = useCallback((v: number) => Math.min(max, Math.max(min, v)), [min, max]);
  const vertical = orientation === 'vertical';
  // Moving right or down grows the panel before the splitter and shrinks the one after it.
  const sign = sizes === 'before' ? 1 : -1;
  const coordinate = (event: PointerEvent) => (vertical ? event.clientX : event.clientY);
  const [less, more] = vertical
    ? sign > 0
      ? ['ArrowLeft', 'ArrowRight']
      : ['ArrowRight', 'ArrowLeft']
    : sign > 0
      ? ['ArrowUp', 'ArrowDown']
      : ['ArrowDown', 'ArrowUp'];

  return (
    <div
      className={`splitter ${orientation} ${className}`.trim()}
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={Math.round(value)}
      tabIndex={0}
      onPointerDown={(event: PointerEvent) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        start.current = { at: coordinate(event), value };
      }}
      onPointerMove={(event: PointerEvent) => {
        if (!start.current) return;
        onChange(clamp(start.current.value + sign * (coordinate(event) - start.current.at)));
      }}
      onPointerUp={() => {
        start.current = null;
      }}
      onKeyDown={(event: KeyboardEvent) => {
        const step = event.shiftKey ? 80 : 20;
        if (event.key === more) onChange(clamp(value + step));
        else if (event.key === less) onChange(clamp(value - step));
        else if (event.key === 'Home') onChange(min);
        else if (event.key === 'End') onChange(max);
        else return;
        event.preventDefault();
      }}
    />
  );
}
