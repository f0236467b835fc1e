import fs from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { html, toHtmlString } from "../html";
import { replay, toActionInput } from "../replay";
import type { ActionInput } from "../types";
import { webmailSimulator as sim } from "./index";
import { ownText } from "./compose";
import { fullDate, listDate } from "./dates";
import type { Action, Goal, Scenario } from "./schemas";
import type { State } from "./state";
import { parseAddresses } from "./text";

const OWNER = { name: "Lucie Bernard", address: "lucie.bernard@exemple.fr" };

const baseScenario = {
  owner: OWNER,
  now: "2026-06-03T10:20",
  messages: [
    {
      id: "m1",
      from: { name: "Sophie Martin", address: "sophie.martin@exemple.fr" },
      to: [OWNER, { name: "Paul Lemoine", address: "paul.lemoine@exemple.fr" }],
      cc: ["karim.haddad@exemple.fr"],
      subject: "Pot de départ",
      date: "2026-06-03T09:30",
      body: "Bonjour,\n\nQui apporte les boissons ?\n\nSophie",
      attachments: [{ name: "plan.pdf", file: "2-1-invitation-visio.pdf", size: "48 Ko" }],
    },
    {
      id: "m2",
      from: { name: "Banque Exemple", address: "securite@alerte.example.com" },
      to: [OWNER],
      subject: "URGENT <script>alert(1)</script>",
      date: "2026-06-02T23:47",
      body: "Confirmez ici :\n\n[lien]\n\nMerci",
      link: { text: "Confirmer", url: "https://piege.example.com/x", look: "button" },
    },
    {
      id: "m3",
      folder: "trash",
      from: "promo@magasin.exemple.fr",
      subject: "Promotions",
      date: "2026-05-28T08:00",
      body: "Des promotions.",
      replyTo: "autre@ailleurs.example.net",
    },
    { id: "m4", folder: "spam", from: "hotel@hotel.exemple.fr", to: [OWNER], subject: "Réservation", date: "2026-06-02T20:00", body: "Confirmée." },
  ],
  documents: [{ name: "facture-mars.pdf", size: "102 Ko" }, { name: "facture-fevrier.pdf" }],
  contacts: [{ name: "Aminata Diallo", address: "a.diallo@cabinet.exemple.fr" }],
};

const scenario: Scenario = sim.scenarioSchema.parse(baseScenario);

function act(state: State, input: Record<string, unknown>): State {
  return sim.reduce(state, sim.actionSchema.parse(toActionInput(input)), scenario);
}

function run(inputs: Record<string, unknown>[], from: State = sim.initialState(scenario)): State {
  return inputs.reduce<State>((s, a) => act(s, a), from);
}

function page(state: State, finished = false): string {
  const rendered = sim.render({
    state,
    scenario,
    actionUrl: "/simulateur/a1/ch-x",
    formFields: html`<input type="hidden" name="_n" value="1">`,
    downloadUrl: (f) => `/simulateur/a1/ch-x/fichier?f=${encodeURIComponent(f)}`,
    finished,
  });
  return toHtmlString(rendered.body);
}

function folderOf(state: State, id: string): string | undefined {
  return state.messages.find((m) => m.id === id)?.folder;
}

describe("webmail schemas", () => {
  it("fills defaults and accepts a plain address for a person, and parses its own output again", () => {
    const m3 = scenario.messages.find((m) => m.id === "m3")!;
    expect(m3.from).toEqual({ name: "", address: "promo@magasin.exemple.fr" });
    expect(scenario.messages[0]!.folder).toBe("inbox");
    expect(sim.scenarioSchema.parse(scenario)).toEqual(scenario);
  });

  it.each([
    ["a message id used twice", { ...baseScenario, messages: [baseScenario.messages[0], baseScenario.messages[0]] }],
    ["a date without time", { ...baseScenario, now: "2026-06-03" }],
    ["an invalid owner address", { ...baseScenario, owner: { name: "X", address: "pas-une-adresse" } }],
    ["an unknown key", { ...baseScenario, folders: [] }],
    ["a document listed twice", { ...baseScenario, documents: [{ name: "a.pdf" }, { name: "a.pdf" }] }],
  ])("refuses %s", (_label, raw) => {
    expect(sim.scenarioSchema.safeParse(raw).success).toBe(false);
  });

  it.each([
    [{ op: "open", message: "m1" }, true],
    [{ op: "download", file: "m1:1" }, true],
    [{ removeAttachment: "plan.pdf", to: "a@b.fr" }, true],
    [{ op: "fly" }, false],
    [{ op: "open" }, false],
    [{ op: "send", body: "x".repeat(2001) }, false],
    [{ op: "folder", folder: "archives" }, false],
  ])("action %j parses: %s", (input, ok) => {
    expect(sim.actionSchema.safeParse(input as ActionInput).success).toBe(ok);
  });

  it("turns a Retirer button into a remove-attachment action", () => {
    expect(sim.actionSchema.parse({ removeAttachment: "plan.pdf", subject: "x" })).toMatchObject({ op: "remove-attachment", attachment: "plan.pdf", subject: "x" });
  });

  it.each([
    [{}, false],
    [{ followedLink: false }, true],
    [{ sent: [{ to: [] }] }, false],
    [{ inFolder: { archives: ["m1"] } }, false],
    [{ sent: [{ to: ["a@b.fr"], cc: ["c@d.fr"], replyTo: "m1" }] }, true],
  ])("goal %j parses: %s", (goal, ok) => {
    expect(sim.goalSchema.safeParse(goal).success).toBe(ok);
  });
});

describe("webmail text helpers", () => {
  it.each([
    ["a@b.fr, c@d.fr", ["a@b.fr", "c@d.fr"], []],
    ["Sophie Martin <sophie@exemple.fr>; x@y.fr", ["sophie@exemple.fr", "x@y.fr"], []],
    ["aminata diallo", ["a.diallo@cabinet.exemple.fr"], []],
    ["a@b.fr, A@B.FR", ["a@b.fr"], []],
    ["jean.dupont@exemple", [], ["jean.dupont@exemple"]],
    ["  ,  ", [], []],
  ])("parseAddresses(%j)", (raw, addresses, invalid) => {
    expect(parseAddresses(raw, scenario.contacts)).toEqual({ addresses, invalid });
  });

  it.each([
    ["2026-06-03T09:30", "09:30"],
    ["2026-06-02T23:47", "Hier"],
    ["2026-03-28T08:00", "28 mars"],
    ["2026-05-01T08:00", "1er mai"],
    ["2025-12-24T08:00", "24 décembre 2025"],
  ])("lists %s as %s", (iso, shown) => {
    expect(listDate(iso, scenario.now)).toBe(shown);
  });

  it("writes a full French date", () => {
    expect(fullDate("2026-06-03T09:30")).toBe("mercredi 3 juin 2026 à 09:30");
  });

  it("keeps only the text the learner wrote", () => {
    expect(ownText("Merci !\n\nLe lundi 1er juin 2026 à 09:30, Sophie <s@e.fr> a écrit :\n> Bonjour\n> Sophie")).toBe("Merci !");
    expect(ownText("\n\n-------- Message transféré --------\nDe : x")).toBe("");
  });
});

describe("webmail reduce", () => {
  it("opens a message: read, recorded, shown", () => {
    const s = run([{ op: "open", message: "m1" }]);
    expect(s.screen).toEqual({ kind: "message", id: "m1" });
    expect(s.opened).toEqual(["m1"]);
    expect(s.messages.find((m) => m.id === "m1")!.read).toBe(true);
  });

  it.each([
    ["delete", "m1", "trash"],
    ["spam", "m1", "spam"],
    ["report-phishing", "m2", "spam"],
    ["not-spam", "m4", "inbox"],
    ["restore", "m3", "inbox"],
    ["delete-forever", "m3", "deleted"],
    ["not-spam", "m1", "inbox"],
    ["restore", "m1", "inbox"],
    ["open", "nope", undefined],
  ])("%s on %s leaves it in %s", (op, message, folder) => {
    const s = run([{ op, message }]);
    expect(folderOf(s, message)).toBe(folder);
  });

  it("restores a message to the folder it came from and records a report", () => {
    const s = run([{ op: "spam", message: "m1" }, { op: "folder", folder: "spam" }, { op: "delete", message: "m1" }, { op: "restore", message: "m1" }]);
    expect(folderOf(s, "m1")).toBe("spam");
    const r = run([{ op: "open", message: "m2" }, { op: "report-phishing", message: "m2" }]);
    expect(r.reported).toEqual(["m2"]);
    expect(r.screen).toEqual({ kind: "folder", folder: "inbox" });
    expect(r.flash).toMatch(/signalement/);
  });

  it("follows a link, shows its page, and comes back to the message", () => {
    const s = run([{ op: "open", message: "m2" }, { op: "follow-link", message: "m2" }]);
    expect(s.followedLinks).toEqual(["m2"]);
    expect(s.screen).toEqual({ kind: "link", id: "m2" });
    expect(page(s)).toContain("https://piege.example.com/x");
    expect(run([{ op: "back" }], s).screen).toEqual({ kind: "message", id: "m2" });
    expect(run([{ op: "follow-link", message: "m1" }]).followedLinks).toEqual([]);
  });

  it("prepares a reply to the sender only, quoting the message", () => {
    const s = run([{ op: "open", message: "m1" }, { op: "reply", message: "m1" }]);
    expect(s.draft).toMatchObject({ mode: "reply", of: "m1", to: "Sophie Martin <sophie.martin@exemple.fr>", cc: "", subject: "Re: Pot de départ", attachments: [] });
    expect(s.draft!.body).toContain("> Qui apporte les boissons ?");
  });

  it("prepares a reply to all without the owner, keeping the copies", () => {
    const s = run([{ op: "reply-all", message: "m1" }]);
    expect(s.draft!.to).toBe("Sophie Martin <sophie.martin@exemple.fr>, Paul Lemoine <paul.lemoine@exemple.fr>");
    expect(s.draft!.cc).toBe("karim.haddad@exemple.fr");
  });

  it("answers to the Répondre à address", () => {
    expect(run([{ op: "reply", message: "m3" }]).draft!.to).toBe("autre@ailleurs.example.net");
  });

  it("forwards with the attachments", () => {
    const s = run([{ op: "forward", message: "m1" }]);
    expect(s.draft).toMatchObject({ mode: "forward", subject: "TR: Pot de départ", to: "" });
    expect(s.draft!.attachments.map((a) => a.name)).toEqual(["plan.pdf"]);
  });

  it.each([
    [{ to: "", subject: "Bonjour" }, { to: /au moins un destinataire/ }],
    [{ to: "jean@exemple", subject: "Bonjour" }, { to: /n'est pas valide : « jean@exemple »/ }],
    [{ to: "a@b.fr", cc: "x y", subject: "Bonjour" }, { cc: /n'est pas valide/ }],
    [{ to: "a@b.fr", bcc: "x@", subject: "Bonjour" }, { bcc: /n'est pas valide/ }],
  ])("refuses to send %j", (fields, errors) => {
    const s = run([{ op: "compose" }, { op: "send", ...fields }]);
    expect(s.sent).toEqual([]);
    expect(s.screen.kind).toBe("compose");
    for (const [k, re] of Object.entries(errors)) expect(s.draft!.errors[k as "to"]).toMatch(re);
    const html = page(s);
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-invalid="true"');
    if (fields.to) expect(html).toContain(`value="${fields.to}"`);
  });

  it("warns about a missing subject, then sends without one when asked", () => {
    const warned = run([{ op: "compose" }, { op: "send", to: "Aminata Diallo", subject: " ", body: "Bonjour" }]);
    expect(warned.draft!.noSubjectWarning).toBe(true);
    expect(warned.sent).toEqual([]);
    expect(page(warned)).toContain("Envoyer sans objet");
    const sent = act(warned, { op: "send-no-subject", to: "Aminata Diallo", subject: "", body: "Bonjour" });
    expect(sent.sent).toHaveLength(1);
    expect(sent.sent[0]).toMatchObject({ to: ["a.diallo@cabinet.exemple.fr"], subject: "", ownText: "Bonjour" });
    expect(sent.draft).toBeNull();
    expect(sent.screen).toEqual({ kind: "folder", folder: "inbox" });
    expect(folderOf(sent, "s1")).toBe("sent");
  });

  it("attaches, refuses an unknown document, removes, and keeps what was typed", () => {
    let s = run([{ op: "compose" }, { op: "attach-open", to: "a@b.fr", subject: "Facture" }]);
    expect(s.draft!.picking).toBe(true);
    expect(page(s)).toContain("Mes documents");
    s = act(s, { op: "attach", to: "a@b.fr", subject: "Facture" });
    expect(s.draft!.errors.doc).toMatch(/Choisissez/);
    s = act(s, { op: "attach", doc: "facture-mars.pdf", to: "a@b.fr", subject: "Facture" });
    s = run([{ op: "attach-open" }, { op: "attach", doc: "facture-fevrier.pdf" }, { op: "attach-open" }, { op: "attach", doc: "facture-mars.pdf" }], s);
    expect(s.draft!.attachments.map((a) => a.name)).toEqual(["facture-mars.pdf", "facture-fevrier.pdf"]);
    s = act(s, { removeAttachment: "facture-fevrier.pdf", to: "a@b.fr", subject: "Facture" });
    expect(s.draft!.attachments.map((a) => a.name)).toEqual(["facture-mars.pdf"]);
    expect(s.draft!.subject).toBe("Facture");
    s = act(s, { op: "send" });
    expect(s.sent[0]!.attachments).toEqual(["facture-mars.pdf"]);
  });

  it("saves a draft, reopens it from Brouillons and sends it", () => {
    let s = run([{ op: "compose" }, { op: "save-draft", to: "a@b.fr", subject: "Plus tard", body: "Texte" }]);
    expect(s.draft).toBeNull();
    expect(folderOf(s, "d1")).toBe("drafts");
    s = run([{ op: "folder", folder: "drafts" }, { op: "open", message: "d1" }], s);
    expect(s.screen.kind).toBe("compose");
    expect(s.draft).toMatchObject({ to: "a@b.fr", subject: "Plus tard", savedAs: "d1" });
    s = act(s, { op: "send" });
    expect(folderOf(s, "d1")).toBe("deleted");
    expect(s.sent[0]!.id).toBe("s2");
  });

  it("discards a draft and ignores draft actions outside the compose screen", () => {
    const s = run([{ op: "open", message: "m1" }, { op: "reply", message: "m1" }, { op: "discard" }]);
    expect(s.draft).toBeNull();
    expect(s.screen).toEqual({ kind: "message", id: "m1" });
    expect(run([{ op: "send", to: "a@b.fr", subject: "x" }]).sent).toEqual([]);
  });

  it("records a download and gives the shipped file", () => {
    const s = run([{ op: "open", message: "m1" }, { op: "download", file: "m1:1" }]);
    expect(s.downloaded).toEqual(["plan.pdf"]);
    expect(sim.download!("m1:1", s, scenario)).toEqual({ attachment: "2-1-invitation-visio.pdf" });
    expect(sim.download!("m1:2", s, scenario)).toBeNull();
    expect(sim.download!("../etc", s, scenario)).toBeNull();
    expect(run([{ op: "download", file: "zz:1" }]).downloaded).toEqual([]);
  });

  it("never throws on any parsable action in any screen", () => {
    const ops: Record<string, unknown>[] = [
      { op: "back" }, { op: "compose" }, { op: "update", to: "x" }, { op: "attach-cancel" }, { op: "discard" }, { op: "save-draft" },
      { op: "send-no-subject" }, { op: "remove-attachment", attachment: "z" }, { op: "follow-link", message: "m2" }, { op: "delete-forever", message: "m1" },
      { op: "reply", message: "zz" }, { op: "open", message: "m3" }, { op: "folder", folder: "trash" }, { op: "open", message: "s1" },
    ];
    let s = sim.initialState(scenario);
    for (let i = 0; i < 60; i++) {
      s = act(s, ops[(i * 7) % ops.length]!);
      expect(() => page(s)).not.toThrow();
    }
  });
});

describe("webmail goal", () => {
  const sendTo = (fields: Record<string, unknown>, start: Record<string, unknown> = { op: "compose" }) => run([start, { op: "send", subject: "Objet", ...fields }]);
  const check = (goal: unknown, state: State) => sim.reachesGoal(sim.goalSchema.parse(goal) as Goal, state, scenario);

  it.each([
    ["same addresses, other case and order", { to: "B@x.fr, a@x.fr" }, { sent: [{ to: ["a@x.fr", "b@x.fr"] }] }, true],
    ["a missing recipient", { to: "a@x.fr" }, { sent: [{ to: ["a@x.fr", "b@x.fr"] }] }, false],
    ["an extra copy when none is expected", { to: "a@x.fr", cc: "c@x.fr" }, { sent: [{ to: ["a@x.fr"] }] }, false],
    ["the copy in Cci instead of Cc", { to: "a@x.fr", bcc: "c@x.fr" }, { sent: [{ to: ["a@x.fr"], cc: ["c@x.fr"] }] }, false],
    ["the expected copy", { to: "a@x.fr", cc: "c@x.fr" }, { sent: [{ to: ["a@x.fr"], cc: ["C@x.fr"] }] }, true],
    ["a subject with other accents and case", { to: "a@x.fr", subject: "FUITE d'eau" }, { sent: [{ to: ["a@x.fr"], subjectIncludes: ["fuite d'eau"] }] }, true],
    ["a body that lacks a word", { to: "a@x.fr", body: "Bonjour" }, { sent: [{ to: ["a@x.fr"], bodyIncludes: ["boissons"] }] }, false],
    ["a body with the word", { to: "a@x.fr", body: "J'apporte les Boissons" }, { sent: [{ to: ["a@x.fr"], bodyIncludes: ["boissons"] }] }, true],
    ["an unexpected attachment", { to: "a@x.fr" }, { sent: [{ to: ["a@x.fr"], attachments: ["plan.pdf"] }] }, false],
    ["not a reply", { to: "a@x.fr" }, { sent: [{ to: ["a@x.fr"], replyTo: "m1" }] }, false],
  ])("%s", (_label, fields, goal, ok) => {
    expect(check(goal, sendTo(fields))).toBe(ok);
  });

  it("checks reply, forward, quoted text and extra messages", () => {
    const reply = run([{ op: "reply", message: "m1" }, { op: "send" }]);
    expect(check({ sent: [{ to: ["sophie.martin@exemple.fr"], replyTo: "m1" }] }, reply)).toBe(true);
    expect(check({ sent: [{ to: ["sophie.martin@exemple.fr"], replyTo: "m1", bodyNotEmpty: true }] }, reply)).toBe(false);
    const forward = run([{ op: "forward", message: "m1" }, { op: "send", to: "p@x.fr" }]);
    expect(check({ sent: [{ to: ["p@x.fr"], forwardOf: "m1", attachments: ["PLAN.pdf"] }] }, forward)).toBe(true);
    const twice = run([{ op: "compose" }, { op: "send", to: "wrong@x.fr", subject: "a" }, { op: "compose" }, { op: "send", to: "p@x.fr", subject: "a" }]);
    expect(check({ sent: [{ to: ["p@x.fr"] }] }, twice)).toBe(false);
    expect(check({ sent: [{ to: ["p@x.fr"] }], allowOtherSent: true }, twice)).toBe(true);
    expect(check({ sent: [] }, sim.initialState(scenario))).toBe(true);
  });

  it("checks folders, links, openings, downloads and reports", () => {
    const s = run([{ op: "open", message: "m2" }, { op: "follow-link", message: "m2" }, { op: "back" }, { op: "spam", message: "m2" }]);
    expect(check({ inFolder: { spam: ["m2"] } }, s)).toBe(true);
    expect(check({ inFolder: { spam: ["m2"] }, followedLink: false }, s)).toBe(false);
    expect(check({ opened: ["m2"] }, s)).toBe(true);
    expect(check({ opened: ["m1"] }, s)).toBe(false);
    expect(check({ reported: ["m2"] }, s)).toBe(false);
    expect(check({ downloaded: ["plan.pdf"] }, run([{ op: "download", file: "m1:1" }]))).toBe(true);
    expect(check({ inFolder: { trash: ["m3"] } }, run([{ op: "delete-forever", message: "m3" }]))).toBe(false);
  });
});

describe("webmail render", () => {
  it("shows the inbox: folders, unread count, bold unread rows, paperclip, French dates, escaped text", () => {
    const out = page(sim.initialState(scenario));
    expect(out).toContain("<h1>Boîte de réception</h1>");
    expect(out).toContain('aria-current="true"');
    expect(out).toMatch(/wm-count">2<span class="visually-hidden"> non lus/);
    expect(out).toContain("wm-row--unread");
    expect(out).toContain("Avec pièce jointe");
    expect(out).toContain("09:30");
    expect(out).toContain("Hier");
    expect(out).toContain("URGENT &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).not.toContain("<script>");
  });

  it("shows an open message with its headers, link and download", () => {
    const out = page(run([{ op: "open", message: "m1" }]));
    for (const text of ["Répondre à tous", "Transférer", "Supprimer", "Signaler comme hameçonnage", "<dt>Cc</dt>", "mercredi 3 juin 2026 à 09:30"]) expect(out).toContain(text);
    expect(out).toContain('href="/simulateur/a1/ch-x/fichier?f=m1%3A1"');
    const phishing = page(run([{ op: "open", message: "m2" }]));
    expect(phishing).toContain('value="follow-link"');
    expect(phishing).toContain("https://piege.example.com/x");
  });

  it("labels every field of the compose screen and keeps a reply's first line", () => {
    const out = page(run([{ op: "reply", message: "m1" }, { op: "attach-open" }]));
    const ids = [...out.matchAll(/<(?:input|textarea)[^>]*\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThanOrEqual(7);
    for (const id of ids) expect(out).toContain(`for="${id}"`);
    expect(out).toMatch(/<textarea id="wm-body" name="body" rows="10">\n\n\nLe /);
    expect(out).toContain("Sur un vrai ordinateur");
  });

  it("puts every button inside a form that posts with the framework's fields", () => {
    for (const state of [sim.initialState(scenario), run([{ op: "open", message: "m2" }]), run([{ op: "compose" }, { op: "attach-open" }])]) {
      const out = page(state);
      const forms = out.split("<form ").slice(1);
      for (const f of forms) {
        expect(f.startsWith('method="post" action="/simulateur/a1/ch-x"')).toBe(true);
        expect(f).toContain('name="_n"');
      }
      const outside = out.replace(/<form [\s\S]*?<\/form>/g, "");
      expect(outside).not.toContain("<button");
    }
  });

  it("stays under 20 KB with a full mailbox", () => {
    const many = sim.scenarioSchema.parse({
      ...baseScenario,
      messages: Array.from({ length: 25 }, (_, i) => ({
        id: `m${i}`,
        from: { name: "Une expéditrice au nom assez long", address: `expeditrice.${i}@une-adresse-longue.exemple.fr` },
        subject: "Un objet de message plutôt long pour voir la taille de la page",
        date: "2026-05-01T10:00",
        body: "Texte. ".repeat(400),
        attachments: [{ name: "document.pdf", file: "x.pdf" }],
      })),
    });
    const s = sim.initialState(many);
    const out = toHtmlString(
      sim.render({ state: s, scenario: many, actionUrl: "/simulateur/a1/ch-x", formFields: html`<input type="hidden" name="_n" value="1">`, downloadUrl: (f) => `/d?f=${f}`, finished: false }).body,
    );
    expect(out.length).toBeLessThan(20_000);
  });
});

describe("webmail challenges of the content", () => {
  const dir = path.join(process.cwd(), "content/competences");
  const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".yaml"));
  type Source = { id: string; simulator?: string; scenario: unknown; goal: unknown; walkthrough: Record<string, unknown>[]; wrongPaths: Record<string, unknown>[][] };
  const challenges: Source[] = [];
  for (const f of files) {
    const doc = yaml.load(fs.readFileSync(path.join(dir, f), "utf8")) as { skills?: { challenges?: Source[] }[] };
    for (const skill of doc.skills ?? []) for (const c of skill.challenges ?? []) if (c.simulator === "webmail") challenges.push(c);
  }

  it("has at least four scenarios", () => {
    expect(challenges.length).toBeGreaterThanOrEqual(4);
  });

  it.each(challenges.map((c) => [c.id, c] as const))("%s: walkthrough reaches the goal, wrong paths do not, every page renders", (_id, c) => {
    const sc = sim.scenarioSchema.parse(c.scenario);
    const goal = sim.goalSchema.parse(c.goal);
    for (const m of sc.messages) for (const a of m.attachments) expect(fs.existsSync(path.join(process.cwd(), "content/attachments/files", a.file))).toBe(true);
    let state = sim.initialState(sc);
    expect(sim.reachesGoal(goal, state, sc)).toBe(false);
    for (const raw of c.walkthrough) {
      const action = sim.actionSchema.parse(toActionInput(raw)) as Action;
      state = sim.reduce(state, action, sc);
      const body = toHtmlString(
        sim.render({ state, scenario: sc, actionUrl: "/s", formFields: html`<input type="hidden" name="_n" value="1">`, downloadUrl: (f) => `/d?f=${f}`, finished: false }).body,
      );
      expect(body.length).toBeLessThan(20_000);
      expect(body).toMatch(/<h1[ >]/);
    }
    expect(sim.reachesGoal(goal, state, sc)).toBe(true);
    for (const wrong of c.wrongPaths) {
      const r = replay(sim, sc, wrong.map(toActionInput));
      expect(r.ok).toBe(true);
      if (r.ok) expect(sim.reachesGoal(goal, r.state as State, sc)).toBe(false);
    }
  });
});
