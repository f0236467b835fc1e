import { toHtmlString, unsafeRaw } from "../html";
import { replay, toActionInput } from "../replay";
import type { RenderContext } from "../types";
import { demarcheSimulator as sim } from ".";
import { checkField, normalizeDate, normalizePhone } from "./fields";
import { confirmationNumber } from "./number";
import type { Action, Goal, Scenario, State } from "./schemas";

const scenario: Scenario = sim.scenarioSchema.parse({
  title: "Déclarer un <changement> d'adresse",
  intro: "Une démarche gratuite.\n\nDeuxième paragraphe.",
  documents: ["Votre nouvelle adresse"],
  steps: [
    {
      title: "Votre identité",
      fields: [
        { key: "nom", label: "Nom", type: "text" },
        { key: "dateNaissance", label: "Date de naissance", type: "date", max: "31/12/2026" },
        { key: "civilite", label: "Civilité", type: "radio", options: [{ value: "mme", label: "Madame" }, { value: "m", label: "Monsieur" }] },
      ],
    },
    {
      title: "Votre adresse",
      fields: [
        { key: "codePostal", label: "Code postal", type: "postcode", group: "Adresse" },
        { key: "commune", label: "Commune", type: "text", group: "Adresse" },
        { key: "complement", label: "Complément", type: "text", required: false },
        { key: "pays", label: "Pays", type: "select", options: [{ value: "fr", label: "France" }, { value: "be", label: "Belgique" }] },
      ],
    },
    {
      title: "Vos coordonnées",
      fields: [
        { key: "email", label: "E-mail", type: "email" },
        { key: "telephone", label: "Téléphone", type: "tel" },
        { key: "attestation", label: "J'atteste sur l'honneur que tout est exact.", type: "checkbox" },
      ],
    },
  ],
});

const step1 = { op: "next", step: "1", f_nom: "Diallo", f_dateNaissance__jour: "7", f_dateNaissance__mois: "3", f_dateNaissance__annee: "1985", f_civilite: "mme" };
const step2 = { op: "next", step: "2", f_codePostal: "63100", f_commune: "Clermont-Ferrand", f_complement: "", f_pays: "fr" };
const step3 = { op: "next", step: "3", f_email: "awa@exemple.fr", f_telephone: "+33 6 12 34 56 78", f_attestation: "oui" };
const full = [{ op: "start" }, step1, step2, step3, { op: "submit" }];

function run(actions: Record<string, unknown>[]): State {
  const r = replay(sim, scenario, actions.map(toActionInput));
  if (!r.ok) throw new Error(`step ${r.step}: ${r.problem}`);
  return r.state as State;
}

function page(state: State, finished = false): string {
  const ctx: RenderContext<State, Scenario> = {
    state,
    scenario,
    actionUrl: "/simulateur/a/c",
    formFields: unsafeRaw('<input type="hidden" name="_n" value="1">'),
    downloadUrl: (f) => `/simulateur/a/c/fichier/${f}`,
    finished,
  };
  const p = sim.render(ctx);
  return `<title>${p.title}</title>` + toHtmlString(p.body);
}

describe("field checks", () => {
  it.each([
    ["7/3/1985", "07/03/1985"],
    ["1985-03-07", "07/03/1985"],
    ["29/02/2024", "29/02/2024"],
    ["29/02/2023", null],
    ["31/04/2020", null],
    ["hier", null],
  ])("normalizeDate(%s) = %s", (input, out) => expect(normalizeDate(input)).toBe(out));

  it.each([
    ["06 12 34 56 78", "0612345678"],
    ["06.12.34.56.78", "0612345678"],
    ["+33 6 12 34 56 78", "0612345678"],
    ["06 12 34 56", null],
  ])("normalizePhone(%s) = %s", (input, out) => expect(normalizePhone(input)).toBe(out));

  const field = (over: object) => sim.scenarioSchema.parse({ title: "t", intro: "i", steps: [{ title: "s", fields: [{ key: "x", label: "X", ...over }] }] }).steps[0]!.fields[0]!;
  it.each([
    [{ type: "postcode" }, { x: "1000" }, false],
    [{ type: "postcode" }, { x: "01000" }, true],
    [{ type: "postcode" }, { x: "63 100" }, true],
    [{ type: "email" }, { x: "awa@exemple" }, false],
    [{ type: "email" }, { x: "awa@exemple.fr" }, true],
    [{ type: "text" }, { x: "  " }, false],
    [{ type: "text", required: false }, { x: "" }, true],
    [{ type: "text", pattern: "[0-9]{13}", patternMessage: "13 chiffres" }, { x: "123" }, false],
    [{ type: "date" }, { x__jour: "31", x__mois: "2", x__annee: "2000" }, false],
    [{ type: "date" }, { x__jour: "1", x__mois: "2", x__annee: "85" }, false],
    [{ type: "date", min: "01/01/2020" }, { x__jour: "1", x__mois: "2", x__annee: "2019" }, false],
    [{ type: "date" }, { x__jour: "1", x__mois: "2", x__annee: "2000" }, true],
    [{ type: "checkbox" }, {}, false],
    [{ type: "select", options: [{ value: "a", label: "A" }, { value: "b", label: "B" }] }, { x: "c" }, false],
  ])("%j with %j passes: %s", (over, inputs, ok) => expect(checkField(field(over), inputs).ok).toBe(ok));
});

describe("scenario schema", () => {
  it("refuses duplicate keys, options on a text, an invalid pattern, a prefill for an unknown field", () => {
    const base = { title: "t", intro: "i" };
    expect(sim.scenarioSchema.safeParse({ ...base, steps: [{ title: "s", fields: [{ key: "a", label: "A", type: "text" }, { key: "a", label: "B", type: "text" }] }] }).success).toBe(false);
    expect(sim.scenarioSchema.safeParse({ ...base, steps: [{ title: "s", fields: [{ key: "a", label: "A", type: "text", options: [{ value: "x", label: "X" }, { value: "y", label: "Y" }] }] }] }).success).toBe(false);
    expect(sim.scenarioSchema.safeParse({ ...base, steps: [{ title: "s", fields: [{ key: "a", label: "A", type: "text", pattern: "(", patternMessage: "m" }] }] }).success).toBe(false);
    expect(sim.scenarioSchema.safeParse({ ...base, prefill: { b: "x" }, steps: [{ title: "s", fields: [{ key: "a", label: "A", type: "text" }] }] }).success).toBe(false);
    expect(sim.scenarioSchema.safeParse({ ...base, startAt: "summary", steps: [{ title: "s", fields: [{ key: "a", label: "A", type: "text" }] }] }).success).toBe(false);
  });
  it("refuses an empty goal", () => expect(sim.goalSchema.safeParse({}).success).toBe(false));
});

describe("reduce", () => {
  it("goes through the steps, the summary and the confirmation", () => {
    const s = run(full);
    expect(s.screen).toBe("done");
    expect(s.submitted).toBe(true);
    expect(s.values).toMatchObject({ nom: "Diallo", dateNaissance: "07/03/1985", telephone: "06 12 34 56 78", attestation: "oui", complement: "" });
    expect(s.stepsVisited).toEqual([1, 2, 3]);
    expect(s.number).toMatch(/^DEM-2026-[2-9A-HJ-NP-Z]{6}$/);
  });

  it("shows errors, keeps the wrong values, and lets the learner fix them", () => {
    const s = run([{ op: "start" }, step1, { ...step2, f_codePostal: "6310", f_commune: "" }]);
    expect(s.screen).toBe("step");
    expect(s.step).toBe(1);
    expect(Object.keys(s.errors).sort()).toEqual(["codePostal", "commune"]);
    expect(s.inputs.codePostal).toBe("6310");
    const fixed = run([{ op: "start" }, step1, { ...step2, f_codePostal: "6310" }, step2]);
    expect(fixed.step).toBe(2);
    expect(fixed.errors).toEqual({});
    expect(fixed.errorKeysShown).toEqual(["codePostal"]);
  });

  it("goes back without checking and keeps what was typed", () => {
    const s = run([{ op: "start" }, step1, { op: "previous", step: "2", f_codePostal: "12" }]);
    expect(s.step).toBe(0);
    expect(s.inputs.codePostal).toBe("12");
    expect(s.inputs.dateNaissance__jour).toBe("07");
    expect(run([{ op: "start" }, { op: "previous", step: "1" }]).screen).toBe("start");
  });

  it("edits one step from the summary and comes back to it; cancelling restores the kept values", () => {
    const atSummary = [{ op: "start" }, step1, step2, step3];
    expect(run(atSummary).screen).toBe("summary");
    const edited = run([...atSummary, { op: "edit", step: "2" }, { ...step2, f_codePostal: "63000" }]);
    expect(edited.screen).toBe("summary");
    expect(edited.values.codePostal).toBe("63000");
    const cancelled = run([...atSummary, { op: "edit", step: "2" }, { ...step2, f_codePostal: "1" }, { op: "cancelEdit" }]);
    expect(cancelled.screen).toBe("summary");
    expect(cancelled.inputs.codePostal).toBe("63100");
    expect(cancelled.errors).toEqual({});
  });

  it("ignores actions that make no sense on the current screen, and anything after submission but downloads", () => {
    expect(run([{ op: "submit" }]).submitted).toBe(false);
    expect(run([{ op: "start" }, step2]).step).toBe(0); // the step 2 form while on step 1
    expect(run([{ op: "start" }, { op: "edit", step: "1" }]).editing).toBe(false);
    const done = run([...full, { op: "start" }, { op: "edit", step: "1" }, { op: "download", file: "accuse-reception" }]);
    expect(done.screen).toBe("done");
    expect(done.downloads).toEqual(["accuse-reception"]);
  });

  it("gives a number that depends on the values", () => {
    expect(confirmationNumber(scenario, { a: "1" })).toBe(confirmationNumber(scenario, { a: "1" }));
    expect(confirmationNumber(scenario, { a: "1" })).not.toBe(confirmationNumber(scenario, { a: "2" }));
  });

  it("refuses malformed actions", () => {
    expect(sim.actionSchema.safeParse({ op: "fly" }).success).toBe(false);
    expect(sim.actionSchema.safeParse({ op: "edit", step: "9" }).success).toBe(false);
    expect(sim.actionSchema.safeParse({ op: "next", f_nom: "x".repeat(2001) }).success).toBe(false);
  });
});

describe("reachesGoal", () => {
  const done = run(full);
  const g = (goal: object) => sim.reachesGoal(sim.goalSchema.parse(goal) as Goal, done, scenario);
  it.each([
    [{ submitted: true }, true],
    [{ submitted: false }, false],
    [{ values: { nom: "  DIALLO " } }, true],
    [{ values: { nom: "Dialo" } }, false],
    [{ values: { dateNaissance: "7/3/1985" } }, true],
    [{ values: { dateNaissance: "1985-03-07" } }, true],
    [{ values: { dateNaissance: "03/07/1985" } }, false],
    [{ values: { telephone: "0612345678" } }, true],
    [{ values: { civilite: "Madame" } }, true],
    [{ values: { civilite: "m" } }, false],
    [{ values: { commune: ["Clermont Ferrand", "clermont-ferrand"] } }, true],
    [{ values: { complement: "" } }, true],
    [{ values: { inconnu: "x" } }, false],
    [{ values: { attestation: true } }, true],
    [{ stepsVisited: [1, 3] }, true],
    [{ correctedErrors: true }, false],
    [{ correctedErrors: false }, true],
  ])("%j → %s", (goal, ok) => expect(g(goal)).toBe(ok));

  it("does not count values that were not sent", () => {
    const summary = run(full.slice(0, -1));
    expect(sim.reachesGoal({ values: { nom: "Diallo" } }, summary, scenario)).toBe(false);
    expect(sim.reachesGoal({ values: { nom: "Diallo" } }, sim.initialState(scenario), scenario)).toBe(false);
  });

  it("sees an error that was fixed", () => {
    const s = run([{ op: "start" }, step1, { ...step2, f_codePostal: "6310" }, step2, step3, { op: "submit" }]);
    expect(sim.reachesGoal({ correctedErrors: true, submitted: true }, s, scenario)).toBe(true);
  });
});

describe("render", () => {
  it("shows the start page with the documents and a start button", () => {
    const h = page(sim.initialState(scenario));
    expect(h).toContain("Déclarer un &lt;changement&gt; d&#39;adresse");
    expect(h).toContain("Votre nouvelle adresse");
    expect(h).toContain('value="start"');
    expect(h.match(/<main/g)).toHaveLength(1);
  });

  it("shows a step with its indicator, labels, hints and the required note", () => {
    const h = page(run([{ op: "start" }]));
    expect(h).toContain("Étape 1 sur 3");
    expect(h).toContain('<label for="f-nom">Nom');
    expect(h).toContain('<legend class="sim-legend">Date de naissance');
    expect(h).toContain('<label for="f-dateNaissance-jour">Jour</label>');
    expect(h).toContain("Les champs suivis d'une étoile");
    expect(h).toContain("Étape suivante :");
    expect(h).toMatch(/name="op" value="next"[^>]*>Suivant/);
    expect(h).toMatch(/name="op" value="previous"[^>]*>Précédent/);
  });

  it("lists the errors at the top with role=alert and links them to the fields, keeping the wrong value", () => {
    const h = page(run([{ op: "start" }, step1, { ...step2, f_codePostal: '6310"><script>', f_commune: "" }]));
    expect(h).toContain('role="alert"');
    expect(h).toContain("Le formulaire contient 2 erreurs");
    expect(h).toContain('href="#f-codePostal"');
    expect(h).toContain('aria-describedby="f-codePostal-error"');
    expect(h).toContain('aria-invalid="true"');
    expect(h).toContain('value="6310&quot;&gt;&lt;script&gt;"');
    expect(h).not.toContain("<script>");
    expect(h).toMatch(/<title>Erreur – Étape 2 sur 3/);
    expect(h).toContain('<legend class="sim-legend dem-group-legend">Adresse</legend>');
  });

  it("shows the summary with a Modifier button per step, and the confirmation number", () => {
    const summary = page(run(full.slice(0, -1)));
    expect(summary).toContain("Vérifiez vos informations");
    expect(summary.match(/value="edit"/g)).toHaveLength(3);
    expect(summary).toContain("Madame");
    expect(summary).toContain("Non renseigné");
    const s = run(full);
    const done = page(s);
    expect(done).toContain(s.number!);
    expect(done).toContain("/fichier/accuse-reception");
  });

  it("disables the buttons once finished, and stays under 20 KB", () => {
    expect(page(run([{ op: "start" }]), true)).toMatch(/value="next" disabled/);
    for (const st of [sim.initialState(scenario), run([{ op: "start" }]), run(full.slice(0, -1)), run(full)]) expect(page(st).length).toBeLessThan(20_000);
  });
});

describe("download", () => {
  it("sends a PDF receipt only after submission", () => {
    expect(sim.download!("accuse-reception", run(full.slice(0, -1)), scenario)).toBeNull();
    const d = sim.download!("accuse-reception", run(full), scenario);
    expect(d && "bytes" in d && Buffer.from(d.bytes).subarray(0, 8).toString("latin1")).toBe("%PDF-1.4");
    expect(sim.download!("autre", run(full), scenario)).toBeNull();
  });
});

describe("actions typed", () => {
  it("parses posted forms, including repeated names", () => {
    const a = sim.actionSchema.parse({ op: "next", step: "1", f_nom: ["a", "b"] }) as Action;
    expect(a.op).toBe("next");
  });
});
