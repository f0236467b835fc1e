// The webmail simulator ("Messagerie") in the staff preview, JavaScript off: an invoice sent with
// its attachment after the webmail refused a message without recipient is checked "ok"; a reply
// to the sender only is "ok"; the attachment of a message is downloaded ("ok"); a phishing
// message whose button was clicked before it was put in the spam folder is checked "ko".
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Browser, FrameLocator } from "playwright-core";
import { expectSimulatorPageAccessible, frameSubmit, openPreview, validatePreview } from "./support/simulators";
import type { TestServer } from "./support/server";
import { withAppAndBrowser } from "./support/suite";

let server: TestServer;
let browser: Browser;

withAppAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const button = (frame: FrameLocator, name: string | RegExp) => frame.getByRole("button", typeof name === "string" ? { name, exact: true } : { name });

describe("simulateur « Messagerie », JavaScript off", () => {
  test("an invoice attached and sent to the accountant → ok (the webmail first refuses a message without recipient)", async () => {
    const p = await openPreview(browser, server, "ch-piecesJointes2-webmail", { javaScript: false });
    const { page, frame } = p;

    await frame.getByRole("heading", { level: 1, name: "Boîte de réception" }).waitFor();
    assert.match((await frame.locator(".wm-folders").textContent()) ?? "", /Boîte de réception\s*1 non lu/);
    await expectSimulatorPageAccessible(p);

    await frameSubmit(page, button(frame, "Nouveau message"));
    await frame.getByRole("heading", { level: 1, name: "Nouveau message" }).waitFor();
    await frame.getByLabel("Objet", { exact: true }).fill("Facture de mars");
    await frameSubmit(page, button(frame, "Envoyer"));

    const alert = frame.getByRole("alert");
    assert.match((await alert.textContent()) ?? "", /Indiquez au moins un destinataire/);
    assert.equal(await frame.getByLabel("Objet", { exact: true }).inputValue(), "Facture de mars", "l'objet tapé est gardé");
    assert.equal(await frame.locator("#wm-to").getAttribute("aria-invalid"), "true");
    await expectSimulatorPageAccessible(p);

    await frame.getByLabel("À", { exact: true }).fill("a.diallo@cabinet-diallo.exemple.fr");
    await frame.getByLabel("Message", { exact: true }).fill("Bonjour Madame Diallo,\nVoici la facture de mars.\nSandrine Lefèvre");
    await frameSubmit(page, button(frame, /Joindre un fichier/));
    await frame.getByRole("group", { name: "Choisir un fichier dans « Mes documents »" }).waitFor();
    assert.equal(await frame.getByLabel("Message", { exact: true }).inputValue(), "Bonjour Madame Diallo,\nVoici la facture de mars.\nSandrine Lefèvre", "le texte tapé est gardé");
    await expectSimulatorPageAccessible(p);
    await frame.getByLabel(/facture-mars\.pdf/).check();
    await frameSubmit(page, button(frame, "Joindre ce fichier"));
    await frame.getByRole("button", { name: "Retirer facture-mars.pdf" }).waitFor();

    await frameSubmit(page, button(frame, "Envoyer"));
    await frame.getByText("Votre message a été envoyé.").waitFor();
    await frameSubmit(page, button(frame, "Envoyés"));
    await frameSubmit(page, button(frame, /Facture de mars/));
    assert.match((await frame.locator(".wm-attachments").textContent()) ?? "", /facture-mars\.pdf/);

    assert.equal(await validatePreview(page), "ok");
    assert.deepEqual(p.watch.offOrigin(), []);
    for (const s of p.watch.simulatorPages()) assert.ok(s.bytes < 20_000, `${s.url} : ${s.bytes} octets`);
    await p.context.close();
  });

  test("a reply to the sender only → ok", async () => {
    const p = await openPreview(browser, server, "ch-destinatairesCourriel4-webmail", { javaScript: false });
    const { page, frame } = p;
    await frameSubmit(page, button(frame, /Pot de départ de Michel/));
    await frame.getByRole("heading", { level: 1, name: "Pot de départ de Michel" }).waitFor();
    await expectSimulatorPageAccessible(p);
    await frameSubmit(page, button(frame, "Répondre"));
    assert.equal(await frame.getByLabel("À", { exact: true }).inputValue(), "Sophie Martin <sophie.martin@exemple.fr>");
    assert.equal(await frame.getByLabel("Objet", { exact: true }).inputValue(), "Re: Pot de départ de Michel");
    const quoted = await frame.getByLabel("Message", { exact: true }).inputValue();
    assert.match(quoted, /^\n\nLe mercredi 3 juin 2026 à 09:30, Sophie Martin/);
    await frame.getByLabel("Message", { exact: true }).fill(`J'apporterai les boissons.\nLucie${quoted}`);
    await frameSubmit(page, button(frame, "Envoyer"));
    await frame.getByText("Votre message a été envoyé.").waitFor();
    assert.equal(await validatePreview(page), "ok");
    await p.context.close();
  });

  test("the attachment of a message downloaded → ok", async () => {
    const p = await openPreview(browser, server, "ch-piecesJointes1-webmail", { javaScript: false });
    const { page, frame } = p;
    await frameSubmit(page, button(frame, /Votre devis de réparation/));
    const [download] = await Promise.all([page.waitForEvent("download"), frame.getByRole("link", { name: /devis-reparation\.pdf/ }).click()]);
    assert.match(download.suggestedFilename(), /\.pdf$/);
    assert.equal(await validatePreview(page), "ok");
    await p.context.close();
  });

  test("a phishing link clicked before the message is put in the spam folder → ko", async () => {
    const p = await openPreview(browser, server, "ch-messageDouteux3-webmail", { javaScript: false });
    const { page, frame } = p;
    await frameSubmit(page, button(frame, /URGENT : votre compte sera suspendu/));
    await frameSubmit(page, button(frame, "Confirmer mes coordonnées"));
    await frame.getByRole("heading", { level: 1, name: "Banque Exemple – Vérification de votre compte" }).waitFor();
    assert.match((await frame.locator(".sim-window__address").textContent()) ?? "", /verification-client\.example\.com/);
    await expectSimulatorPageAccessible(p);
    await frameSubmit(page, button(frame, "Fermer cette page et revenir à la messagerie"));
    await frameSubmit(page, button(frame, "Mettre dans le courrier indésirable"));
    await frame.getByText(/placé dans le dossier « Courrier indésirable »/).waitFor();
    assert.equal(await validatePreview(page), "ko");
    await p.context.close();
  });
});
