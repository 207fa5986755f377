/** The SIGAP mark; decorative (the name is always next to it). */
export function Logo({ size = 40 }: { size?: number }) {
  return (
    <svg className="logo" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="currentColor" />
      <path
        d="M21.5 10.5c-1.2-1.3-3-2-5.2-2-3.3 0-5.6 1.8-5.6 4.4 0 5.3 9.9 3.4 9.9 7.3 0 1.5-1.6 2.6-4 2.6-2.1 0-3.9-.8-5.1-2.2"
        fill="none"
        stroke="#fff"
        strokeWidth="2.6"
        strokeLinecap="round"
      />
    </svg>
  );
}
