"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * During a "focus" question: when the page is hidden or the window loses focus (another tab,
 * window or application), tells the server (the question then counts as wrong) and shows the
 * next question. Without JavaScript nothing is recorded (documented limitation).
 */
export function FocusGuard({ courseId, challengeId }: { courseId: string; challengeId: string }) {
  const sent = useRef(false);
  const router = useRouter();
  useEffect(() => {
    function leave() {
      if (sent.current) return;
      sent.current = true;
      fetch("/certification/test/quitter", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ courseId, challengeId }),
        keepalive: true,
      })
        .catch(() => undefined)
        .finally(() => {
          // the next question (the server has moved on)
          router.replace("/certification/test");
          router.refresh();
        });
    }
    const onVisibility = () => {
      if (document.visibilityState === "hidden") leave();
    };
    // a click into the question's own frame (simulator) moves focus without leaving the page
    const onBlur = () => setTimeout(() => document.activeElement?.tagName !== "IFRAME" && !document.hasFocus() && leave(), 0);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("blur", onBlur);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("blur", onBlur);
    };
  }, [courseId, challengeId, router]);
  return null;
}
