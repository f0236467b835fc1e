"use client";

import { useEffect, useState } from "react";

/** Enhancement only: the server enforces the deadline; without JavaScript the page states the time allowed. */
export function Countdown({ seconds }: { seconds: number }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const start = Date.now();
    const id = setInterval(() => setLeft(Math.max(0, seconds - Math.floor((Date.now() - start) / 1000))), 1000);
    return () => clearInterval(id);
  }, [seconds]);
  const m = Math.floor(left / 60);
  const s = left % 60;
  return (
    <p className="font-semibold" aria-live={left <= 10 ? "polite" : "off"}>
      Temps restant : {m > 0 ? `${m} min ` : ""}
      {String(s).padStart(2, "0")} s
    </p>
  );
}
