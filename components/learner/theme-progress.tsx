/**
 * How far a campaign's test has gone, as one bar cut into the profile's themes: each part fills
 * as the questions cover that theme. The list below says the same in words.
 */
export function ThemeProgress({ themes }: { themes: { id: string; name: string; known: number; total: number }[] }) {
  const total = themes.reduce((n, t) => n + t.total, 0);
  const known = themes.reduce((n, t) => n + t.known, 0);
  const pct = total ? Math.floor((known * 100) / total) : 0;
  return (
    <div className="flex flex-col gap-2">
      <div
        role="progressbar"
        aria-label="Avancement du test"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={`${pct} % du test`}
        className="flex h-4 w-full gap-1"
      >
        {themes.map((t) => (
          <div key={t.id} className="h-full overflow-hidden rounded-full bg-line" style={{ flexGrow: Math.max(t.total, 1), flexBasis: 0 }}>
            <div className="h-full rounded-full bg-primary" style={{ width: `${t.total ? (t.known * 100) / t.total : 0}%` }} />
          </div>
        ))}
      </div>
      <details>
        <summary className="cursor-pointer text-sm text-primary underline">Avancement par thème</summary>
        <ul className="mt-2 text-sm">
          {themes.map((t) => (
            <li key={t.id}>
              {t.name} : {t.total ? Math.floor((t.known * 100) / t.total) : 0} %
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
