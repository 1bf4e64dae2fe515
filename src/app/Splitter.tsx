import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface SplitterProps {
  label: string;
  /** Size of the panel after the splitter, in pixels. */
  value: number;
  min: number;
  max: number;
  onChange(value: number): void;
}

/** A horizontal splitter that resizes the panel below it, by pointer or arrow keys. */
export function Splitter({ label, value, min, max, onChange }: SplitterProps) {
  const start = useRef<{ y: number; value: number } | null>(null);
  const clamp = useCallback((v: number) => Math.min(max, Math.max(min, v)), [min, max]);

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={Math.round(value)}
      tabIndex={0}
      onPointerDown={(event: PointerEvent) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        start.current = { y: event.clientY, value };
      }}
      onPointerMove={(event: PointerEvent) => {
        if (start.current) onChange(clamp(start.current.value - (event.clientY - start.current.y)));
      }}
      onPointerUp={() => {
        start.current = null;
      }}
      onKeyDown={(event: KeyboardEvent) => {
        const step = event.shiftKey ? 80 : 20;
        if (event.key === 'ArrowUp') onChange(clamp(value + step));
        else if (event.key === 'ArrowDown') onChange(clamp(value - step));
        else return;
        event.preventDefault();
      }}
    />
  );
}
