// Human-readable answers for corrections (only shown once the answer is stored). Pure.
import type { Challenge } from "@/lib/content/types";

/** The expected answer, in words. */
export function correctAnswerText(challenge: Challenge): string[] {
  const s = challenge.solution;
  const text = (id: string) => challenge.proposals.find((p) => p.id === id)?.text ?? id;
  switch (s.type) {
    case "QCU":
      return [text(s.proposalId)];
    case "QCM":
      return s.proposalIds.map(text);
    case "QROC":
    case "QROCM-ind":
      return challenge.fields.map((f) => {
        const v = s.variants[f.key]?.[0] ?? "";
        return challenge.fields.length > 1 ? `${f.label} : ${v}` : v;
      });
    case "QROCM-dep":
      return s.groups.map((g) => g[0] ?? "");
    case "SIMULATOR":
      return [];
  }
}

/** What the learner answered, in words. */
export function givenAnswerText(challenge: Challenge, value: unknown): string[] {
  if (!value || typeof value !== "object") return [];
  const v = value as { proposalId?: string; proposalIds?: string[]; fields?: Record<string, string> };
  const text = (id: string) => challenge.proposals.find((p) => p.id === id)?.text ?? "(choix inconnu)";
  if (typeof v.proposalId === "string") return v.proposalId ? [text(v.proposalId)] : [];
  if (Array.isArray(v.proposalIds)) return v.proposalIds.map(text);
  if (v.fields) {
    return challenge.fields
      .map((f) => ({ f, a: v.fields![f.key] ?? "" }))
      .filter((x) => x.a !== "")
      .map(({ f, a }) => (challenge.fields.length > 1 ? `${f.label} : ${a}` : a));
  }
  return [];
}
