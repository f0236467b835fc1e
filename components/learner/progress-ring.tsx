/** A server-rendered ring: the share of the reachable pix of a competence; the text beside it says the same. */
export function ProgressRing({ value, max, color, label }: { value: number; max: number; color: string; label: string }) {
  const r = 26;
  const c = 2 * Math.PI * r;
  const share = max > 0 ? Math.min(1, value / max) : 0;
  return (
    <svg width="64" height="64" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r={r} fill="none" stroke="var(--color-line)" strokeWidth="8" />
      <circle
        cx="32"
        cy="32"
        r={r}
        fill="none"
        stroke={`var(--color-${color})`}
        strokeWidth="8"
        strokeDasharray={`${(share * c).toFixed(2)} ${c.toFixed(2)}`}
        transform="rotate(-90 32 32)"
      />
      <text x="32" y="38" textAnchor="middle" fontSize="18" fontWeight="700" fill="var(--color-ink)">
        {label}
      </text>
    </svg>
  );
}
