import "./content-setup";
import { renderToStaticMarkup } from "react-dom/server";
import { ChallengeForm } from "@/components/learner/challenge-form";
import { toChallengeView } from "@/lib/assessments/challenge-view";
import { getContentIndex } from "@/lib/content";
import type { Challenge } from "@/lib/content/types";

const ASSESSMENT = "0b9a3c1e-7d4f-4a51-9f0e-2c6b8d1e5a77";

/** Every text a challenge's solution knows that the learner must not see. */
function secrets(c: Challenge): string[] {
  const s = c.solution;
  const out: string[] = [];
  if (s.type === "QROC" || s.type === "QROCM-ind") out.push(...Object.values(s.variants).flat());
  if (s.type === "QROCM-dep") out.push(...s.groups.flat());
  for (const nm of c.nearMisses) out.push(...(typeof nm === "string" ? [nm] : Object.values(nm)));
  out.push(c.explanation.trim().slice(0, 60));
  return out.filter((x) => x.trim().length >= 3);
}

async function render(c: Challenge): Promise<{ html: string; view: string }> {
  const view = toChallengeView(c, ASSESSMENT);
  const html = renderToStaticMarkup(<ChallengeForm challenge={view} hiddenFields={{ assessmentId: ASSESSMENT, code: "1.1" }} action={async () => {}} />);
  return { html, view: JSON.stringify(view) };
}

/** Every string value of the view (numbers such as the timer are not texts). */
function viewStrings(v: unknown): string {
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return v.map(viewStrings).join(" \n ");
  if (v && typeof v === "object") return Object.values(v).map(viewStrings).join(" \n ");
  return "";
}

/** The text and attribute values of the markup, unescaped. */
function readable(html: string): string {
  const attrs = [...html.matchAll(/\s(?:value|alt|title|placeholder|href|src|aria-label|data-[\w-]+)="([^"]*)"/g)].map((m) => m[1]);
  const text = html.replace(/<[^>]+>/g, " ");
  return [text, ...attrs].join(" \n ").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
}

function containsWord(haystack: string, needle: string): boolean {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "iu").test(haystack);
}

describe("what a challenge page sends before the answer", () => {
  const all = getContentIndex().referential.challenges.filter((c) => c.active);
  const types = [...new Set(all.map((c) => c.type))];

  it.each(types)("%s: no solution, variant, near miss, explanation or correctness flag", async (type) => {
    const challenges = all.filter((c) => c.type === type);
    expect(challenges.length).toBeGreaterThan(0);
    for (const c of challenges) {
      const { html, view } = await render(c);
      // what the learner is meant to read may legitimately contain a word of a variant
      const visible = [c.instruction, ...c.proposals.map((p) => p.text), ...c.fields.map((f) => f.label + " " + (f.placeholder ?? "")), c.illustration?.alt ?? "", c.attachment ?? ""]
        .join("\n")
        .toLowerCase();
      for (const secret of secrets(c)) {
        if (visible.includes(secret.toLowerCase())) continue;
        expect({ id: c.id, leaked: secret, inHtml: containsWord(readable(html), secret) }).toEqual({ id: c.id, leaked: secret, inHtml: false });
        expect({ id: c.id, leaked: secret, inView: containsWord(viewStrings(JSON.parse(view)), secret) }).toEqual({ id: c.id, leaked: secret, inView: false });
      }
      expect(view).not.toMatch(/"(solution|nearMisses|explanation|variants|groups|proposalIds?|correct|skillId|tolerances)"/);
      // option values are opaque: not the proposal ids of the file, not their texts, not "true"
      const values = [...html.matchAll(/name="reponses?" value="([^"]*)"/g)].map((m) => m[1]!);
      expect(values).toHaveLength(c.proposals.length);
      for (const v of values) {
        expect(v).toMatch(/^r[0-9a-z]+$/);
        expect(c.proposals.some((p) => p.id === v || p.text === v)).toBe(false);
        expect(v).not.toBe("true");
      }
    }
  });

  it("shuffles proposals deterministically per assessment", () => {
    const c = all.find((x) => x.shuffle && x.proposals.length >= 4)!;
    const a = toChallengeView(c, ASSESSMENT).proposals.map((p) => p.text);
    expect(toChallengeView(c, ASSESSMENT).proposals.map((p) => p.text)).toEqual(a);
    const orders = new Set(
      Array.from({ length: 20 }, (_, i) => toChallengeView(c, `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`).proposals.map((p) => p.text).join("|")),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
});
