// Certification from end to end, JavaScript off (issue [X], "Must show"): the centre's staff
// create a session and import 3 candidates (one row invalid first), the invigilator authorises,
// the candidate joins with the code, answers, is paused and resumed, finishes; the centre
// finalises, platform staff publish; the certificate page, its PDF and the public verification
// show the same result.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { getContentIndex } from "@/lib/content";
import { pdfText } from "../tests/support/pdf-text";
import { fillAnswer } from "./support/answers";
import { newContext } from "./support/browser";
import { DEMO_PASSWORD, expectNoAxeViolation, loginViaForm, submit } from "./support/flows";
import type { TestServer } from "./support/server";
import { withAppAndBrowser } from "./support/suite";

let server: TestServer;
let browser: Browser;
withAppAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const mainText = async (page: Page) => ((await page.textContent("main")) ?? "").replace(/\s+/g, " ");
const parisToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const HEADER = "Nom;Prénom;Date de naissance (JJ/MM/AAAA);Temps majoré (%);E-mail";

async function page(email?: string): Promise<Page> {
  const ctx = await newContext(browser, { javaScript: false });
  const p = await ctx.newPage();
  if (email) await loginViaForm(p, server.url, email, DEMO_PASSWORD);
  return p;
}

async function join(p: Page, s: { number: string; code: string }) {
  await p.goto(`${server.url}/certification`);
  await p.fill("#champ-sessionNumber", s.number);
  await p.fill("#champ-accessCode", s.code);
  await p.fill("#champ-lastName", "Martin");
  await p.fill("#champ-firstName", "Laura");
  await p.fill("#champ-birthDate", "1985-03-14");
  await submit(p, "Rejoindre la session", { to: /\/certification\/attente$/ });
}

async function invigilatorClick(p: Page, button: string) {
  await p.goto(`${server.url}/certif/surveillance/session`);
  const card = p.locator("[id^='candidat-']", { hasText: "Laura" }).first();
  const posted = p.waitForResponse((r) => r.request().method() === "POST");
  await card.getByRole("button", { name: button }).click();
  await posted;
  await p.waitForLoadState("load");
}

/** Answers the question shown rightly; returns false when the test page is not a question. */
async function answerRight(p: Page): Promise<boolean> {
  if (!new URL(p.url()).pathname.startsWith("/certification/test")) return false;
  const focus = p.getByRole("link", { name: /Je suis prêt|Afficher la question/ });
  if (await focus.count()) await focus.first().click();
  const challengeId = await p.inputValue('input[name="challengeId"]');
  const challenge = getContentIndex().challengeById.get(challengeId)!;
  await fillAnswer(p, challenge, await p.inputValue('input[name="courseId"]'), true);
  await submit(p, "Je valide");
  return true;
}

describe("certification from end to end, JavaScript off", () => {
  test("session → import → invigilation → test with a pause → finalised → published → certificate, PDF, verification", async () => {
    // the centre's staff: a session today, 3 candidates imported after a bad first file
    const staff = await page("certif@exemple.fr");
    await staff.locator("header summary").click();
    await staff.locator("header").getByRole("link", { name: "Pix Certif" }).click();
    await staff.getByRole("link", { name: "Créer une session" }).click();
    await staff.fill("#champ-address", "12 rue Jean-Macé, Angers");
    await staff.fill("#champ-room", "Salle 1");
    await staff.fill("#champ-date", parisToday());
    await staff.fill("#champ-time", "09:00");
    await staff.fill("#champ-examiner", "Sophie Durand");
    await submit(staff, "Créer la session", { to: /\/sessions\/[0-9a-f-]{36}\?fait=creee/ });
    const sessionUrl = staff.url().split("?")[0]!;
    const overview = await mainText(staff);
    const s = {
      number: overview.match(/Session (\d{5,})/)![1]!,
      code: overview.match(/Code d'accès \(pour les candidats\)\s*([A-Z]{4}\d{2})/)![1]!,
      password: overview.match(/Mot de passe de surveillance\s*([A-Z0-9]{5})/)![1]!,
    };
    const bad = `\uFEFF${HEADER}\r\nMartin;Laura;14/03/1985;;apprenant@exemple.fr\r\nRoux;Nadia;31/02/1990;;\r\nSimon;Inès;03/09/2001;33;\r\n`;
    await staff.setInputFiles("#champ-fichier", { name: "candidats.csv", mimeType: "text/csv", buffer: Buffer.from(bad, "utf8") });
    await submit(staff, "Importer les candidats");
    assert.match(await mainText(staff), /Ligne 3 : la date de naissance 31\/02\/1990 n'existe pas\./);
    assert.match(await mainText(staff), /Candidats \(0\)/);
    await staff.setInputFiles("#champ-fichier", { name: "candidats.csv", mimeType: "text/csv", buffer: Buffer.from(bad.replace("31/02/1990", "28/02/1990"), "utf8") });
    await submit(staff, "Importer les candidats", { to: /importes=3/ });
    assert.match(await mainText(staff), /Candidats \(3\)/);

    // the candidate joins; the invigilator authorises
    const candidate = await page("apprenant@exemple.fr");
    await join(candidate, s);
    const invigilator = await page();
    await invigilator.goto(`${server.url}/certif/surveillance`);
    await invigilator.fill("#champ-number", s.number);
    await invigilator.fill("#champ-password", s.password);
    await submit(invigilator, "Accéder à la surveillance", { to: /\/certif\/surveillance\/session$/ });
    await invigilatorClick(invigilator, "Autoriser à commencer");
    await candidate.goto(`${server.url}/certification/attente`);
    await submit(candidate, "Commencer mon test", { to: /\/certification\/test/ });
    const total = Number(((await candidate.textContent("h1")) ?? "").match(/sur (\d+)/)?.[1]);
    assert.ok(total >= 15, `${total} questions`);
    await expectNoAxeViolation(candidate);
    for (let i = 0; i < 3; i++) assert.ok(await answerRight(candidate));

    // a problem: the candidate comes back on another computer → paused until the invigilator allows the resume
    const other = await page("apprenant@exemple.fr");
    await join(other, s);
    assert.match(await mainText(other), /en pause/);
    await invigilatorClick(invigilator, "Autoriser la reprise");
    await candidate.goto(`${server.url}/certification/test`);
    assert.match((await candidate.textContent("h1")) ?? "", new RegExp(`Question 4 sur ${total}`));
    for (let i = 0; i < total + 5 && (await answerRight(candidate)); i++);
    assert.equal(new URL(candidate.url()).pathname, "/certification/fin");

    // the centre finalises; platform staff publish
    await staff.goto(`${sessionUrl}/finalisation`);
    await staff.fill("#champ-commentaire", "Un candidat a changé d'ordinateur, reprise autorisée.");
    await submit(staff, "Finaliser la session", { to: /finalisee=1/ });
    const admin = await page("admin@exemple.fr");
    await admin.goto(`${server.url}/admin/certification`);
    await admin.getByRole("link", { name: `Session ${s.number}` }).click();
    await submit(admin, "Publier la session", { to: /message=publiee/ });

    // the certificate, its PDF, and the public verification agree
    await candidate.goto(`${server.url}/certifications`);
    await candidate.getByRole("link", { name: /Voir le certificat/ }).first().click();
    const cert = await mainText(candidate);
    const pix = cert.match(/(\d+) Pix/)![1]!;
    const code = cert.match(/P-[A-Z0-9]{8}/)![0]!;
    assert.match(cert, /Laura Martin/);
    await expectNoAxeViolation(candidate);
    const href = await candidate.getByRole("link", { name: "Télécharger le certificat (PDF)" }).getAttribute("href");
    const pdf = pdfText(Buffer.from(await (await candidate.request.get(`${server.url}${href}`)).body()));
    assert.ok(pdf.includes(code) && pdf.includes(`${pix} Pix`) && pdf.includes("Laura Martin"), pdf.slice(0, 400));
    const visitor = await page();
    await visitor.goto(`${server.url}/verification-certificat?code=${code}`);
    const shown = await mainText(visitor);
    assert.match(shown, /Certificat authentique/);
    assert.ok(shown.includes(`${pix} Pix`) && shown.includes("Laura Martin"));
    await expectNoAxeViolation(visitor);
  });
});
