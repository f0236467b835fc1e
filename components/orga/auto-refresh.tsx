"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useSyncExternalStore } from "react";

const noop = () => () => {};

/**
 * "Actualiser toutes les 10 secondes": off by default (content that changes by itself disturbs
 * screen reader users and people who read slowly, WCAG 2.2.2), so the mediator chooses it.
 * router.refresh() re-renders the server page in place: no focus move, no scroll, nothing
 * announced. Without JavaScript this box is absent and the "Actualiser" link does the job.
 */
export function AutoRefresh({ seconds = 10 }: { seconds?: number }) {
  const router = useRouter();
  const [on, setOn] = useState(false);
  // false in the server's HTML, true once hydrated: without JavaScript the box is never shown
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  useEffect(() => {
    if (!on) return;
    const t = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, seconds * 1000);
    return () => clearInterval(t);
  }, [on, seconds, router]);
  if (!hydrated) return null;
  return (
    <label className="inline-flex items-center gap-2">
      <input type="checkbox" className="size-5" checked={on} onChange={(e) => setOn(e.target.checked)} />
      Actualiser toutes les {seconds} secondes
    </label>
  );
}
