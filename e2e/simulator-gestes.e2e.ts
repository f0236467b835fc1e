// The "Souris et clavier" gesture exercises in the staff preview, JavaScript ON: each gesture
// done with the mouse (click, double-click, drag and drop, wheel, typing, selection and
// copy-paste), and the keyboard paths (Tab + Entrée, Espace to take and drop, Pg Suiv, Maj +
// flèches, Ctrl + C, Ctrl + V), each checked "ok"; a wrong folder opened is "ko". With
// JavaScript OFF the page says plainly that the exercise is not counted, and the answer is
// recorded "unplayable".
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Browser, FrameLocator, Locator, Page } from "playwright-core";
import { expectSimulatorPageAccessible, frameSubmit, openPreview, validatePreview, type Preview } from "./support/simulators";
import type { TestServer } from "./support/server";
import { withAppAndBrowser } from "./support/suite";

let server: TestServer;
let browser: Browser;

withAppAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const DONE = "C'est fait. Cliquez sur « Je valide » sous l'exercice.";

/** Opens the challenge with JavaScript on, once the page's script has run; records the gestures it posts. */
async function open(challengeId: string): Promise<Preview & { posted: () => string[] }> {
  const p = await openPreview(browser, server, challengeId, { javaScript: true });
  const bodies: string[] = [];
  p.page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["x-simulateur"] === "fetch") bodies.push(r.postData() ?? "");
  });
  await p.frame.locator("#g-off").waitFor({ state: "hidden" });
  return { ...p, posted: () => bodies.map((b) => new URLSearchParams(b).toString()) };
}

async function statusSays(frame: FrameLocator, text: string | RegExp): Promise<void> {
  const status = frame.getByRole("status").last();
  for (let i = 0; i < 100; i++) {
    const t = (await status.textContent()) ?? "";
    if (typeof text === "string" ? t.includes(text) : text.test(t)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`le message attendu n'apparaît pas : ${String(text)} (affiché : ${await status.textContent()})`);
}

/** Presses Tab until the target has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 25): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Tab n'atteint pas ${String(target)}`);
}

/** Puts the keyboard focus at the top of the exercise (a click on its heading, as when one clicks in the frame). */
async function focusFrame(frame: FrameLocator): Promise<void> {
  await frame.locator("h1").click();
}

const button = (frame: FrameLocator, name: string) => frame.getByRole("button", { name, exact: true });
const hasInput = (posted: string[], op: string, input: "pointer" | "keyboard") => posted.some((b) => b.includes(`op=${op}`) && b.includes(`input=${input}`));

describe("simulateur « Souris et clavier », JavaScript ON, à la souris", () => {
  test("click: a click beside, then on the big button → ok", async () => {
    const p = await open("ch-sourisClavier1-a");
    const area = p.frame.locator(".g-area");
    await area.scrollIntoViewIfNeeded();
    const box = (await area.boundingBox())!;
    await p.page.mouse.click(box.x + box.width - 10, box.y + box.height - 10);
    await button(p.frame, "Rejoindre la consultation").click();
    await statusSays(p.frame, DONE);
    assert.ok(p.posted().some((b) => b.includes("op=miss")), "le clic à côté est envoyé");
    assert.ok(hasInput(p.posted(), "click", "pointer"));
    await expectSimulatorPageAccessible(p); // (its page, opened again, announces itself: after the gestures)
    assert.equal(await validatePreview(p.page), "ok");
    assert.deepEqual(p.watch.offOrigin(), []);
    await p.context.close();
  });

  test("double-click: open the Photos folder → ok", async () => {
    const p = await open("ch-sourisClavier2-a");
    await p.frame.getByRole("button", { name: "Photos" }).dblclick();
    await p.frame.getByRole("heading", { level: 2, name: "Photos" }).waitFor();
    await statusSays(p.frame, DONE);
    assert.ok(await p.frame.getByText("Vacances à la mer.jpg").isVisible());
    assert.ok(hasInput(p.posted(), "dblclick", "pointer"));
    await expectSimulatorPageAccessible(p); // (its page, opened again, announces itself: after the gestures)
    assert.equal(await validatePreview(p.page), "ok");
    await p.context.close();
  });

  test("double-click: the wrong folder → ko", async () => {
    const p = await open("ch-sourisClavier2-a");
    await p.frame.getByRole("button", { name: "Documents" }).dblclick();
    await statusSays(p.frame, DONE);
    assert.equal(await validatePreview(p.page), "ko");
    await p.context.close();
  });

  test("drag and drop: the bill into its folder (dragTo) → ok", async () => {
    const p = await open("ch-sourisClavier2-b");
    await p.frame.getByRole("button", { name: "Facture d'électricité.pdf" }).dragTo(p.frame.locator('section[data-zone="factures"]'));
    await statusSays(p.frame, /« Facture d'électricité\.pdf » est dans « Factures »/);
    assert.equal(await p.frame.locator('section[data-zone="factures"] [data-item="facture"]').count(), 1);
    assert.ok(hasInput(p.posted(), "drop", "pointer"));
    await expectSimulatorPageAccessible(p); // (its page, opened again, announces itself: after the gestures)
    assert.equal(await validatePreview(p.page), "ok");
    await p.context.close();
  });

  test("drag and drop: four files sorted with mouse down, move, up → ok", async () => {
    const p = await open("ch-sourisClavier3-a");
    const moves: [string, string][] = [
      ["Avis d'impôt 2025.pdf", "papiers"],
      ["Anniversaire de Léa.jpg", "photos"],
      ["Quittance de loyer de mars.pdf", "papiers"],
      ["Plage de Biarritz.jpg", "photos"],
    ];
    await p.frame.locator(".g-board").scrollIntoViewIfNeeded();
    for (const [name, zone] of moves) {
      const from = (await p.frame.getByRole("button", { name }).boundingBox())!;
      const to = (await p.frame.locator(`section[data-zone="${zone}"]`).boundingBox())!;
      await p.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await p.page.mouse.down();
      await p.page.mouse.move(to.x + to.width / 2, to.y + to.height - 20, { steps: 8 });
      await p.page.mouse.up();
      await statusSays(p.frame, `« ${name} » est dans`);
    }
    await statusSays(p.frame, DONE);
    await expectSimulatorPageAccessible(p); // (its page, opened again, announces itself: after the gestures)
    assert.equal(await validatePreview(p.page), "ok");
    await p.context.close();
  });

  test("scroll: the wheel, then a click on the button at the bottom → ok", async () => {
    const p = await open("ch-sourisClavier1-b");
    const page = p.frame.locator("[data-scroll]");
    await page.hover();
    for (let i = 0; i < 6; i++) await p.page.mouse.wheel(0, 400);
    await p.page.waitForTimeout(300);
    assert.ok((await page.evaluate((el) => el.scrollTop)) > 0, "la page a défilé");
    await button(p.frame, "S'inscrire à l'atelier").click();
    await statusSays(p.frame, DONE);
    assert.ok(p.posted().some((b) => b.includes("op=scroll")));
    await expectSimulatorPageAccessible(p); // (its page, opened again, announces itself: after the gestures)
    assert.equal(await validatePreview(p.page), "ok");
    await p.context.close();
  });

  test("typing: a click in the field, a typo corrected, Entrée → ok", async () => {
    const p = await open("ch-saisieTexte1-c");
    await p.frame.getByLabel("Votre message").click();
    await p.page.keyboard.type("Bonjour, je serai en retd");
    await p.page.keyboard.press("Backspace");
    await p.page.keyboard.type("ard de dix minutes.");
    await p.page.keyboard.press("Enter");
    await statusSays(p.frame, DONE);
    const last = p.posted().filter((b) => b.includes("op=typed")).at(-1) ?? "";
    assert.match(last, /fixes=1/);
    assert.match(last, /pasted=0/);
    await expectSimulatorPageAccessible(p); // (its page, opened again, announces itself: after the gestures)
    assert.equal(await validatePreview(p.page), "ok");
    await p.context.close();
  });

  test("copy-paste: the number selected with the mouse, copied, pasted in the field → ok", async () => {
    const p = await open("ch-saisieTexte2-c");
    const source = p.frame.locator("#g-source");
    await source.scrollIntoViewIfNeeded();
    // where the number is drawn inside the read-only box (measured on a copy of its text)
    const at = await source.evaluate((ta: HTMLTextAreaElement, needle: string) => {
      const cs = getComputedStyle(ta);
      const r = ta.getBoundingClientRect();
      const m = ta.ownerDocument.createElement("div");
      for (const k of ["fontFamily", "fontSize", "fontWeight", "lineHeight", "letterSpacing", "paddingTop", "paddingLeft", "paddingRight", "borderTopWidth", "borderLeftWidth", "borderRightWidth", "boxSizing", "borderStyle"] as const) m.style[k] = cs[k];
      Object.assign(m.style, { position: "absolute", left: `${r.left + scrollX}px`, top: `${r.top + scrollY}px`, width: `${r.width}px`, whiteSpace: "pre-wrap", overflowWrap: "break-word", visibility: "hidden" });
      const i = ta.value.indexOf(needle);
      m.textContent = ta.value.slice(0, i);
      const span = ta.ownerDocument.createElement("span");
      span.textContent = needle;
      m.appendChild(span);
      ta.ownerDocument.body.appendChild(m);
      const s = span.getBoundingClientRect();
      m.remove();
      return { x0: s.left - r.left, x1: s.right - r.left, y: s.top - r.top + s.height / 2 };
    }, "AL-2026-5843172");
    const box = (await source.boundingBox())!;
    await p.page.mouse.move(box.x + at.x0 + 1, box.y + at.y);
    await p.page.mouse.down();
    await p.page.mouse.move(box.x + at.x1 - 1, box.y + at.y, { steps: 6 });
    await p.page.mouse.up();
    assert.equal(await source.evaluate((ta: HTMLTextAreaElement) => ta.value.slice(ta.selectionStart, ta.selectionEnd)), "AL-2026-5843172");
    await p.page.keyboard.press("Control+C");
    await p.frame.getByLabel("Numéro de dossier").click();
    await p.page.keyboard.press("Control+V");
    await statusSays(p.frame, DONE);
    assert.equal(await p.frame.getByLabel("Numéro de dossier").inputValue(), "AL-2026-5843172");
    assert.ok(p.posted().some((b) => b.includes("op=paste") && b.includes("from=page")));
    await expectSimulatorPageAccessible(p); // (its page, opened again, announces itself: after the gestures)
    assert.equal(await validatePreview(p.page), "ok");
    await p.context.close();
  });
});

describe("simulateur « Souris et clavier », JavaScript ON, au clavier", () => {
  test("click: Tab to the button, Entrée → ok", async () => {
    const p = await open("ch-sourisClavier1-a");
    await focusFrame(p.frame);
    await tabTo(p.page, button(p.frame, "Rejoindre la consultation"));
    await p.page.keyboard.press("Enter");
    await statusSays(p.frame, DONE);
    assert.ok(hasInput(p.posted(), "click", "keyboard"));
    assert.equal(await validatePreview(p.page), "ok");
    await p.context.close();
  });

  test("double-click: Tab to the icon, Entrée → ok", async () => {
    const p = await open("ch-sourisClavier2-a");
    await focusFrame(p.frame);
    await tabTo(p.page, p.frame.getByRole("button", { name: "Photos" }));
    await p.page.keyboard.press("Enter");
    await p.frame.getByRole("heading", { level: 2, name: "Photos" }).waitFor();
    assert.ok(hasInput(p.posted(), "dblclick", "keyboard"));
    assert.equal(await validatePreview(p.page), "ok");
    await p.context.close();
  });

  test("drag and drop: Espace to take, Tab to the folder, Espace to drop, four times → ok", async () => {
    const p = await open("ch-sourisClavier3-a");
    await focusFrame(p.frame);
    const moves: [string, string][] = [
      ["Avis d'impôt 2025.pdf", "Papiers"],
      ["Anniversaire de Léa.jpg", "Photos"],
      ["Quittance de loyer de mars.pdf", "Papiers"],
      ["Plage de Biarritz.jpg", "Photos"],
    ];
    for (const [name, zone] of moves) {
      await focusFrame(p.frame);
      await tabTo(p.page, p.frame.getByRole("button", { name }));
      await p.page.keyboard.press(" ");
      await statusSays(p.frame, `« ${name} » est pris.`);
      assert.equal(await p.frame.getByRole("button", { name }).getAttribute("aria-pressed"), "true");
      await tabTo(p.page, button(p.frame, zone));
      await p.page.keyboard.press(" ");
      await statusSays(p.frame, `« ${name} » est dans « ${zone} »`);
    }
    await statusSays(p.frame, DONE);
    assert.ok(hasInput(p.posted(), "drop", "keyboard"));
    assert.ok(!hasInput(p.posted(), "drop", "pointer"));
    assert.equal(await validatePreview(p.page), "ok");
    await p.context.close();
  });

  test("scroll: Tab into the page, Pg Suiv, Tab to the right button, Entrée → ok", async () => {
    const p = await open("ch-sourisClavier3-b");
    await focusFrame(p.frame);
    const page = p.frame.locator("[data-scroll]");
    await tabTo(p.page, page);
    for (let i = 0; i < 3; i++) await p.page.keyboard.press("PageDown");
    await tabTo(p.page, button(p.frame, "Télécharger le formulaire de stationnement résident"));
    await p.page.keyboard.press("Enter");
    await statusSays(p.frame, DONE);
    assert.ok(p.posted().some((b) => b.includes("op=scroll")));
    assert.ok(hasInput(p.posted(), "click", "keyboard"));
    assert.equal(await validatePreview(p.page), "ok");
    await p.context.close();
  });

  test("copy-paste: Maj + flèches, Ctrl + C, Tab, Ctrl + V → ok", async () => {
    const p = await open("ch-saisieTexte2-c");
    await focusFrame(p.frame);
    const source = p.frame.locator("#g-source");
    await tabTo(p.page, source);
    // the caret goes down line by line to the number, at the start of its line
    await p.page.keyboard.press("Control+Home");
    for (let i = 0; i < 20; i++) {
      const line = await source.evaluate((ta: HTMLTextAreaElement) => ta.value.slice(ta.selectionStart, ta.selectionStart + 3));
      if (line === "AL-") break;
      await p.page.keyboard.press("ArrowDown");
      await p.page.keyboard.press("Home");
    }
    for (let i = 0; i < "AL-2026-5843172".length; i++) await p.page.keyboard.press("Shift+ArrowRight");
    await p.page.keyboard.press("Control+C");
    await tabTo(p.page, p.frame.getByLabel("Numéro de dossier"));
    await p.page.keyboard.press("Control+V");
    await statusSays(p.frame, DONE);
    assert.ok(hasInput(p.posted(), "copy", "keyboard"));
    assert.ok(hasInput(p.posted(), "paste", "keyboard"));
    assert.equal(await validatePreview(p.page), "ok");
    await p.context.close();
  });
});

describe("simulateur « Souris et clavier », JavaScript OFF", () => {
  test("the page says plainly that the exercise needs JavaScript and is not counted → unplayable", async () => {
    const p = await openPreview(browser, server, "ch-sourisClavier1-a", { javaScript: false });
    const notice = (await p.frame.locator("#g-off").textContent()) ?? "";
    assert.match(notice, /JavaScript est désactivé dans ce navigateur/);
    assert.match(notice, /il a besoin de JavaScript/);
    assert.match(notice, /il ne compte pas/);
    assert.match(notice, /« Je valide » ou sur « Je passe »/);
    assert.ok(await p.frame.locator("#g-off").isVisible());
    await expectSimulatorPageAccessible(p);
    // the buttons are still a real form: the click is recorded, but the exercise was not played
    await frameSubmit(p.page, button(p.frame, "Rejoindre la consultation"));
    assert.equal(await validatePreview(p.page), "unplayable");
    await p.context.close();
  });
});
