/** Small decorative icons: the text next to each one carries the meaning. */
import type { TSlaState } from '@sigap/shared';

const common = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;

export function SlaIcon({ state }: { state: TSlaState }) {
  switch (state) {
    case 'ON_TIME':
      return (
        <svg {...common} className="st-icon">
          <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case 'DUE_SOON':
      return (
        <svg {...common} className="st-icon">
          <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M8 4.5V8l2.5 1.8" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      );
    case 'OVERDUE':
      return (
        <svg {...common} className="st-icon">
          <path d="M8 1.8l6.6 12H1.4z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
          <path d="M8 6.2v3.6M8 11.6v.4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      );
    default:
      return (
        <svg {...common} className="st-icon">
          <path d="M4 8h8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      );
  }
}

export function PauseIcon() {
  return (
    <svg {...common} className="st-icon">
      <path d="M5.5 3.5v9M10.5 3.5v9" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}
