import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { PDFDocument } from "pdf-lib";
import { html, toHtmlString } from "../html";
import { replay, toActionInput } from "../replay";
import type { RenderContext } from "../types";
import { serviceSimulator as sim } from "./index";
import { formatDay, formatTime } from "./dates";
import { brokenRules } from "./password";
import { receiptLines } from "./receipt";
import { type Action, type Goal, type Scenario, screens } from "./schemas";
import type { State } from "./state";

const scenario: Scenario = sim.scenarioSchema.parse({
  site: { name: "Centre de santé des Tilleuls", domain: "rdv.tilleuls.fr", address: "12 rue des Tilleuls", code: "TIL" },
  passwordRules: { minLength: 12, special: true, noName: true },
  reasons: [
    { id: "generaliste", label: "Consultation de médecine générale" },
    { id: "vaccin", label: "Vaccination", price: "10,00 €" },
  ],
  days: [
    { date: "2026-03-16", slots: ["09:00", "09:30", "10:00"], taken: ["09:00"] },
    { date: "2026-03-17", slots: ["09:00"], taken: ["09:00"] },
    { date: "2026-03-18", slots: ["14:00", "14:30"] },
  ],
  accounts: [{ email: "paul@exemple.fr", password: "Sapin-Vert-2026", firstName: "Paul", lastName: "Nguyen", bookings: [{ reason: "generaliste", day: "2026-03-18", time: "14:00" }] }],
  learner: { firstName: "Paul", lastName: "Nguyen", email: "paul@exemple.fr" },
  today: "2026-03-12",
  oneBookingPerReason: true,
});

const act = (raw: Record<string, unknown>) => sim.actionSchema.parse(toActionInput(raw));
function run(actions: Record<string, unknown>[], from: State = sim.initialState(scenario), sc: Scenario = scenario): State {
  return actions.reduce<State>((s, a) => sim.reduce(s, act(a), sc), from);
}
const LOGIN = [{ op: "go", to: "login" }, { op: "login", email: "paul@exemple.fr", password: "Sapin-Vert-2026" }];
const GOOD_SIGNUP = { op: "signup", lastName: "Benali", firstName: "Nadia", email: "nadia@exemple.fr", password: "Citron-Velo-42!", passwordConfirm: "Citron-Velo-42!", consent: "oui" };

/** the framework's hidden counter field, as forms carry it */
const emptyHtml = html`<input type="hidden" name="n" value="1">`;
function ctx(state: State, sc: Scenario = scenario, finished = false): RenderContext<State, Scenario> {
  return { state, scenario: sc, actionUrl: "/simulateur/a/c", formFields: emptyHtml, downloadUrl: (f) => `/simulateur/a/c/telecharger/${f}`, finished };
}
const page = (state: State, sc: Scenario = scenario) => {
  const r = sim.render(ctx(state, sc));
  return { title: r.title, body: toHtmlString(r.body) };
};

describe("dates", () => {
  test.each([
    ["2026-03-16", false, "lundi 16 mars"],
    ["2026-03-21", true, "samedi 21 mars 2026"],
    ["2026-04-01", false, "mercredi 1er avril"],
  ])("%s → %s", (iso, year, expected) => expect(formatDay(iso, year)).toBe(expected));
  test.each([
    ["09:30", "9 h 30"],
    ["14:00", "14 h"],
  ])("%s → %s", (t, expected) => expect(formatTime(t)).toBe(expected));
});

describe("password rules", () => {
  const rules = scenario.passwordRules;
  test.each([
    ["Citron-Velo-42!", []],
    ["Citron42!", ["length"]],
    ["citron-velo-quarante", ["uppercase", "digit"]],
    ["CITRONVELO42!", ["lowercase"]],
    ["CitronVelo4200", ["special"]],
    ["Nadia-Tilleuls-2026", ["noName"]],
    ["Benalí-Tilleuls-26", ["noName"]],
  ])("%s breaks %j", (pw, broken) => expect(brokenRules(pw, rules, ["Nadia", "Benali"])).toEqual(broken));
});

describe("scenario and goal schemas", () => {
  test("a taken slot must be one of the slots", () => {
    const bad = { ...scenario, days: [{ date: "2026-03-16", slots: ["09:00"], taken: ["10:00"] }] };
    expect(sim.scenarioSchema.safeParse(bad).success).toBe(false);
  });
  test("an existing booking must be on a free slot", () => {
    const bad = { ...scenario, accounts: [{ ...scenario.accounts[0]!, bookings: [{ reason: "generaliste", day: "2026-03-16", time: "09:00" }] }] };
    expect(sim.scenarioSchema.safeParse(bad).success).toBe(false);
  });
  test("dates must be real days", () => {
    expect(sim.scenarioSchema.safeParse({ ...scenario, today: "2026-02-30" }).success).toBe(false);
  });
  test("a goal needs at least one check", () => {
    expect(sim.goalSchema.safeParse({}).success).toBe(false);
    expect(sim.goalSchema.safeParse({ loggedOut: true }).success).toBe(true);
  });
  test("actions: an unknown op or a too long text is refused", () => {
    expect(sim.actionSchema.safeParse({ op: "hack" }).success).toBe(false);
    expect(sim.actionSchema.safeParse({ op: "login", email: "x".repeat(2001) }).success).toBe(false);
    expect(sim.actionSchema.safeParse({ op: "go", to: "ailleurs" }).success).toBe(false);
  });
});

describe("create an account", () => {
  test.each<[string, Record<string, unknown>, string[]]>([
    ["everything empty", { op: "signup" }, ["lastName", "firstName", "email", "password", "passwordConfirm", "consent"]],
    ["invalid e-mail", { ...GOOD_SIGNUP, email: "nadia.exemple.fr" }, ["email"]],
    ["existing account", { ...GOOD_SIGNUP, email: "PAUL@exemple.fr" }, ["email"]],
    ["weak password", { ...GOOD_SIGNUP, password: "Citron42!", passwordConfirm: "Citron42!" }, ["password"]],
    ["confirmation differs", { ...GOOD_SIGNUP, passwordConfirm: "Citron-Velo-43!" }, ["passwordConfirm"]],
    ["no consent", { ...GOOD_SIGNUP, consent: undefined }, ["consent"]],
  ])("%s: refused with errors on the right fields, values kept but not the password", (_name, action, fields) => {
    const clean = Object.fromEntries(Object.entries(action).filter(([, v]) => v !== undefined));
    const s = run([{ op: "go", to: "signup" }, clean]);
    expect(s.screen).toBe("signup");
    expect(Object.keys(s.signup.errors).sort()).toEqual([...fields].sort());
    expect(s.accounts).toHaveLength(1);
    expect(JSON.stringify(s.signup)).not.toContain("Citron");
    if (clean.lastName) expect(s.signup.values.lastName).toBe("Benali");
  });
  test("the checklist shows which rules the last password broke", () => {
    const s = run([{ op: "go", to: "signup" }, { ...GOOD_SIGNUP, password: "citron", passwordConfirm: "citron" }]);
    expect(s.signup.broken).toEqual(["length", "uppercase", "digit", "special"]);
    const body = page(s).body;
    expect(body).toContain("non respectée");
    expect(body).toContain('value="nadia@exemple.fr"');
    expect(body).not.toContain('value="citron"');
  });
  test("a good form creates the account and leads to the login page", () => {
    const s = run([{ op: "go", to: "signup" }, GOOD_SIGNUP]);
    expect(s.screen).toBe("login");
    expect(s.accounts.at(-1)).toMatchObject({ email: "nadia@exemple.fr", createdHere: true, newsletter: false });
    expect(s.login.email).toBe("nadia@exemple.fr");
    expect(s.flash?.tone).toBe("success");
    const after = run([{ op: "login", email: "nadia@exemple.fr", password: "Citron-Velo-42!" }], s);
    expect(after.session).toBe("nadia@exemple.fr");
  });
});

describe("log in and out", () => {
  test("a wrong password is refused with one message, the e-mail is kept", () => {
    const s = run([{ op: "go", to: "login" }, { op: "login", email: "paul@exemple.fr", password: "sapin-vert-2026" }]);
    expect(s.session).toBeNull();
    expect(s.login.errors.form).toMatch(/incorrect/);
    expect(s.login.email).toBe("paul@exemple.fr");
  });
  test("the personal space needs a login", () => {
    expect(run([{ op: "go", to: "bookings" }]).screen).toBe("login");
    expect(run([{ op: "chooseReason", reason: "vaccin" }]).screen).toBe("login");
  });
  test("log in, then log out", () => {
    const s = run(LOGIN);
    expect(s.screen).toBe("space");
    const out = run([{ op: "logout" }], s);
    expect(out).toMatchObject({ session: null, loggedOut: true, screen: "home" });
  });
});

describe("book, cancel, download", () => {
  const book = (reason: string, day: string, time: string) => [
    { op: "go", to: "book" },
    { op: "chooseReason", reason },
    { op: "chooseDay", day },
    { op: "chooseTime", time },
    { op: "confirmBooking" },
  ];
  test("a full booking", () => {
    const s = run([...LOGIN, ...book("vaccin", "2026-03-16", "09:30")]);
    expect(s.screen).toBe("book-done");
    const b = s.bookings.at(-1)!;
    expect(b).toMatchObject({ reason: "vaccin", day: "2026-03-16", time: "09:30", status: "active", email: "paul@exemple.fr" });
    expect(b.number).toMatch(/^TIL-\d{6}$/);
    expect(run([...LOGIN, ...book("vaccin", "2026-03-16", "09:30")]).bookings.at(-1)!.number).toBe(b.number);
  });
  test.each([
    ["no reason", [{ op: "go", to: "book" }, { op: "chooseReason" }], "book-reason"],
    ["a full day", [{ op: "go", to: "book" }, { op: "chooseReason", reason: "vaccin" }, { op: "chooseDay", day: "2026-03-17" }], "book-day"],
    ["a taken slot", [{ op: "go", to: "book" }, { op: "chooseReason", reason: "vaccin" }, { op: "chooseDay", day: "2026-03-16" }, { op: "chooseTime", time: "09:00" }], "book-time"],
    ["no time", [{ op: "go", to: "book" }, { op: "chooseReason", reason: "vaccin" }, { op: "chooseDay", day: "2026-03-16" }, { op: "chooseTime" }], "book-time"],
    ["a second booking for the same reason", [{ op: "go", to: "book" }, { op: "chooseReason", reason: "generaliste" }], "book-reason"],
  ])("%s is refused with a message", (_n, steps, screen) => {
    const s = run([...LOGIN, ...steps]);
    expect(s.screen).toBe(screen);
    expect(s.draft.error).toBeTruthy();
    expect(page(s).body).toContain('role="alert"');
  });
  test("back goes one step back", () => {
    const s = run([...LOGIN, { op: "go", to: "book" }, { op: "chooseReason", reason: "vaccin" }, { op: "chooseDay", day: "2026-03-16" }, { op: "back" }]);
    expect(s.screen).toBe("book-day");
  });
  test("cancel frees the slot; another account's booking cannot be cancelled", () => {
    const s = run([...LOGIN, { op: "go", to: "bookings" }, { op: "askCancel", booking: "r1" }, { op: "cancel", booking: "r1" }]);
    expect(s.bookings[0]!.status).toBe("cancelled");
    expect(s.screen).toBe("bookings");
    expect(run(book("generaliste", "2026-03-18", "14:00"), s).screen).toBe("book-done");
    const other = run([{ op: "go", to: "signup" }, GOOD_SIGNUP, { op: "login", email: "nadia@exemple.fr", password: "Citron-Velo-42!" }, { op: "cancel", booking: "r1" }]);
    expect(other.bookings[0]!.status).toBe("active");
  });
  test("a download is recorded for one's own active booking only", () => {
    const s = run([...LOGIN, { op: "download", file: "confirmation-r1" }, { op: "download", file: "confirmation-r1" }, { op: "download", file: "confirmation-r9" }]);
    expect(s.downloads).toEqual(["r1"]);
    expect(run([{ op: "download", file: "confirmation-r1" }]).downloads).toEqual([]);
    expect(sim.download!("confirmation-r1", sim.initialState(scenario), scenario)).toBeNull();
  });
});

describe("goal", () => {
  const done = (() => {
    const s = run([...LOGIN, { op: "go", to: "bookings" }, { op: "cancel", booking: "r1" }]);
    return run([{ op: "go", to: "book" }, { op: "chooseReason", reason: "generaliste" }, { op: "chooseDay", day: "2026-03-16" }, { op: "chooseTime", time: "10:00" }, { op: "confirmBooking" }, { op: "download", file: "confirmation-r2" }], s);
  })();
  test.each<[string, Goal, boolean]>([
    ["booked", { booked: { reason: "generaliste", day: "2026-03-16", time: "10:00" } }, true],
    ["booked at another time", { booked: { reason: "generaliste", day: "2026-03-16", time: "09:30" } }, false],
    ["booked another reason", { booked: { reason: "vaccin", day: "2026-03-16", time: "10:00" } }, false],
    ["cancelled", { cancelled: { day: "2026-03-18", time: "14:00" } }, true],
    ["cancelled (wrong one)", { cancelled: { day: "2026-03-16", time: "10:00" } }, false],
    ["active count", { activeBookings: 1 }, true],
    ["active count wrong", { activeBookings: 2 }, false],
    ["receipt of the booking", { booked: { reason: "generaliste", day: "2026-03-16", time: "10:00" }, receiptDownloaded: true }, true],
    ["logged in", { loggedIn: true }, true],
    ["logged out", { loggedOut: true }, false],
    ["account created", { accountCreated: { email: "paul@exemple.fr" } }, false],
    ["another account", { account: "nadia@exemple.fr", activeBookings: 0 }, true],
  ])("%s", (_n, goal, expected) => expect(sim.reachesGoal(sim.goalSchema.parse(goal), done, scenario)).toBe(expected));

  test("a receipt downloaded before moving the booking is not the receipt of the new one", () => {
    const s = run([...LOGIN, { op: "download", file: "confirmation-r1" }, { op: "cancel", booking: "r1" }, ...[
      { op: "go", to: "book" }, { op: "chooseReason", reason: "generaliste" }, { op: "chooseDay", day: "2026-03-16" }, { op: "chooseTime", time: "10:00" }, { op: "confirmBooking" },
    ]]);
    expect(sim.reachesGoal({ booked: { reason: "generaliste", day: "2026-03-16", time: "10:00" }, receiptDownloaded: true }, s, scenario)).toBe(false);
  });
  test("two active bookings for the reason do not count as booked", () => {
    const sc = { ...scenario, oneBookingPerReason: false };
    const s = run(
      [...LOGIN, ...["09:30", "10:00"].flatMap((t) => [{ op: "go", to: "book" }, { op: "chooseReason", reason: "vaccin" }, { op: "chooseDay", day: "2026-03-16" }, { op: "chooseTime", time: t }, { op: "confirmBooking" }])],
      sim.initialState(sc),
      sc,
    );
    expect(sim.reachesGoal({ booked: { reason: "vaccin", day: "2026-03-16", time: "10:00" } }, s, sc)).toBe(false);
  });
  test("account created compares names loosely", () => {
    const s = run([{ op: "go", to: "signup" }, { ...GOOD_SIGNUP, firstName: "  NADIA " }]);
    expect(sim.reachesGoal({ accountCreated: { email: "Nadia@Exemple.fr", firstName: "nadia", newsletter: false } }, s, scenario)).toBe(true);
  });
});

describe("render", () => {
  const states: [string, State][] = [];
  const add = (name: string, s: State) => states.push([name, s]);
  add("home", sim.initialState(scenario));
  add("signup with errors", run([{ op: "go", to: "signup" }, { op: "signup" }]));
  add("login error", run([{ op: "go", to: "login" }, { op: "login", email: "x@y.fr", password: "z" }]));
  add("space", run(LOGIN));
  add("reason", run([...LOGIN, { op: "go", to: "book" }]));
  add("day", run([...LOGIN, { op: "go", to: "book" }, { op: "chooseReason", reason: "vaccin" }]));
  add("time", run([...LOGIN, { op: "go", to: "book" }, { op: "chooseReason", reason: "vaccin" }, { op: "chooseDay", day: "2026-03-16" }]));
  add("confirm", run([...LOGIN, { op: "go", to: "book" }, { op: "chooseReason", reason: "vaccin" }, { op: "chooseDay", day: "2026-03-16" }, { op: "chooseTime", time: "10:00" }]));
  add("done", run([...LOGIN, { op: "go", to: "book" }, { op: "chooseReason", reason: "vaccin" }, { op: "chooseDay", day: "2026-03-16" }, { op: "chooseTime", time: "10:00" }, { op: "confirmBooking" }]));
  add("bookings", run([...LOGIN, { op: "go", to: "bookings" }]));
  add("cancel", run([...LOGIN, { op: "go", to: "bookings" }, { op: "askCancel", booking: "r1" }]));

  test("every screen is covered", () => {
    expect(new Set(states.map(([, s]) => s.screen))).toEqual(new Set(screens));
  });
  test.each(states)("%s: one h1, one main, every input labelled, forms post with the counter, under 20 KB", (_n, s) => {
    const { title, body } = page(s);
    expect(title).toContain(scenario.site.name);
    expect(body.match(/<h1[ >]/g)).toHaveLength(1);
    expect(body.match(/<main[ >]/g)).toHaveLength(1);
    for (const m of body.matchAll(/<input [^>]*>/g)) {
      if (/type="hidden"/.test(m[0])) continue;
      const id = /id="([^"]+)"/.exec(m[0])?.[1];
      expect(id).toBeTruthy();
      expect(body).toContain(`<label for="${id}">`);
    }
    const forms = body.match(/<form /g)?.length ?? 0;
    expect(body.match(/name="n" value="1"/g)?.length ?? 0).toBe(forms);
    expect(body.match(/method="post"/g)?.length ?? 0).toBe(forms);
    for (const d of body.matchAll(/aria-describedby="([^"]+)"/g)) for (const id of d[1]!.split(" ")) expect(body).toContain(`id="${id}"`);
    expect(Buffer.byteLength(body)).toBeLessThan(20_000);
  });
  test("scenario text is escaped", () => {
    const sc = { ...scenario, site: { ...scenario.site, name: "<script>alert(1)</script>" } };
    const { body, title } = page(sim.initialState(sc), sc);
    expect(body).not.toContain("<script>");
    expect(body).toContain("&lt;script&gt;");
    expect(title).toContain("<script>"); // the document wrapper escapes the title
  });
  test("a finished challenge shows the same screen", () => {
    const s = states.find(([n]) => n === "bookings")![1];
    const done = toHtmlString(sim.render(ctx(s, scenario, true)).body);
    expect(done).toBe(page(s).body);
  });
  test("the confirmation page links to the download", () => {
    const s = states.find(([n]) => n === "done")![1];
    expect(page(s).body).toContain("/telecharger/confirmation-r2");
  });
  test("a big scenario stays under 20 KB", () => {
    const sc = sim.scenarioSchema.parse({
      ...scenario,
      reasons: Array.from({ length: 8 }, (_, i) => ({ id: `r${i}`, label: `Motif numéro ${i} avec un intitulé assez long`, detail: "Détail ".repeat(20).trim(), price: "99,00 €" })),
      days: Array.from({ length: 10 }, (_, i) => ({ date: `2026-04-${String(i + 10)}`, slots: Array.from({ length: 16 }, (_, j) => `${String(8 + Math.floor(j / 2)).padStart(2, "0")}:${j % 2 ? "30" : "00"}`) })),
      accounts: [{ email: "paul@exemple.fr", password: "Sapin-Vert-2026", firstName: "Paul", lastName: "Nguyen", bookings: Array.from({ length: 5 }, (_, i) => ({ reason: `r${i}`, day: `2026-04-1${i}`, time: "08:00" })) }],
    });
    for (const steps of [[{ op: "go", to: "book" }], [{ op: "go", to: "book" }, { op: "chooseReason", reason: "r7" }], [{ op: "go", to: "bookings" }]]) {
      const s = run([...LOGIN, ...steps], sim.initialState(sc), sc);
      expect(Buffer.byteLength(page(s, sc).body)).toBeLessThan(20_000);
    }
  });
});

describe("confirmation PDF", () => {
  const s = run([...LOGIN]);
  test("a real, deterministic PDF dated from the scenario", async () => {
    const d1 = sim.download!("confirmation-r1", s, scenario);
    const d2 = sim.download!("confirmation-r1", s, scenario);
    expect(d1 && "bytes" in d1).toBe(true);
    if (!d1 || !("bytes" in d1) || !d2 || !("bytes" in d2)) return;
    expect(d1.contentType).toBe("application/pdf");
    expect(d1.filename).toMatch(/^confirmation-rendez-vous-TIL-\d{6}\.pdf$/);
    expect(Buffer.from(d1.bytes).equals(Buffer.from(d2.bytes))).toBe(true);
    expect(Buffer.from(d1.bytes.slice(0, 8)).toString("latin1")).toBe("%PDF-1.7");
    const doc = await PDFDocument.load(d1.bytes, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toMatch(/^Confirmation de rendez-vous TIL-/);
    expect(doc.getCreationDate()?.toISOString()).toBe("2026-03-12T09:00:00.000Z");
    expect(doc.getModificationDate()?.toISOString()).toBe("2026-03-12T09:00:00.000Z");
  });
  test("its lines give the booking", () => {
    const lines = receiptLines({ scenario, booking: s.bookings[0]!, account: s.accounts[0]! });
    expect(lines).toContainEqual(["Date", "mercredi 18 mars 2026"]);
    expect(lines).toContainEqual(["Heure", "14 h"]);
    expect(lines).toContainEqual(["Nom", "Paul Nguyen"]);
  });
});

describe("the challenges of the referential", () => {
  const files = ["content/competences/2.3/planifierReunion.yaml", "content/competences/4.1/motDePasse.yaml", "content/competences/2.4/achatEnLigne.yaml"];
  type Raw = { id: string; type: string; simulator?: string; scenario: unknown; goal: unknown; walkthrough: Record<string, unknown>[]; wrongPaths: Record<string, unknown>[][] };
  const challenges: Raw[] = files.flatMap((f) => {
    const doc = yaml.load(fs.readFileSync(path.join(process.cwd(), f), "utf8")) as { skills: { challenges: Raw[] }[] };
    return doc.skills.flatMap((s) => s.challenges).filter((c) => c.type === "SIMULATOR" && c.simulator === "service");
  });
  test("there are at least 4", () => expect(challenges.length).toBeGreaterThanOrEqual(4));
  test.each(challenges.map((c) => [c.id, c] as const))("%s: walkthrough reaches the goal step by step, wrong paths do not", (_id, c) => {
    const sc = sim.scenarioSchema.parse(c.scenario);
    const goal = sim.goalSchema.parse(c.goal);
    let state = sim.initialState(sc);
    expect(sim.reachesGoal(goal, state, sc)).toBe(false);
    for (const raw of c.walkthrough) {
      const parsed = sim.actionSchema.safeParse(toActionInput(raw));
      expect(parsed.success).toBe(true);
      const before = state;
      state = sim.reduce(state, parsed.data as Action, sc);
      // every step does something visible: a new screen, a new message or a new record
      expect(JSON.stringify(state)).not.toBe(JSON.stringify(before));
      expect(toHtmlString(sim.render(ctx(state, sc)).body).length).toBeGreaterThan(0);
    }
    expect(sim.reachesGoal(goal, state, sc)).toBe(true);
    for (const p of c.wrongPaths) {
      const r = replay(sim, sc, p.map(toActionInput));
      expect(r.ok).toBe(true);
      if (r.ok) expect(sim.reachesGoal(goal, r.state as State, sc)).toBe(false);
    }
  });
});
