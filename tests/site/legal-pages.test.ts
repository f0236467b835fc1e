import fs from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import AccessibilityPage from "@/app/(public)/accessibilite/page";
import PrivacyPage from "@/app/(public)/donnees-personnelles/page";
import LegalPage from "@/app/(public)/mentions-legales/page";
import SiteMapPage from "@/app/(public)/plan-du-site/page";
import { RESET_VALIDITY_MS } from "@/lib/accounts/password-reset";
import { ANONYMOUS_IDLE_HOURS, SESSION_DAYS } from "@/lib/auth/sessions";
import { env } from "@/lib/env";
import { INVITATION_VALIDITY_MS } from "@/lib/orga/labels";
import { EDITOR } from "@/lib/site/legal";
import { PUBLIC_FIGURES } from "@/lib/site/public-figures";
import { frDuration, retentionPeriods } from "@/lib/site/retention";
import { SITE_MAP } from "@/lib/site/site-map";

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&#x27;|&apos;/g, "'").replace(/\s+/g, " ");

describe("retention periods", () => {
  test("are the ones the code applies", () => {
    expect(retentionPeriods()).toEqual({
      sessionDays: SESSION_DAYS,
      anonymousIdleHours: ANONYMOUS_IDLE_HOURS,
      anonymousRetentionDays: env().ANONYMOUS_RETENTION_DAYS,
      resetLinkMinutes: RESET_VALIDITY_MS / 60_000,
      invitationDays: INVITATION_VALIDITY_MS / 86_400_000,
    });
  });

  test.each([
    [1, "minute", "1 minute"],
    [45, "minute", "45 minutes"],
    [60, "minute", "1 heure"],
    [120, "minute", "2 heures"],
    [4, "heure", "4 heures"],
    [1, "jour", "1 jour"],
    [1000, "jour", `${(1000).toLocaleString("fr-FR")} jours`],
  ] as const)("%d %s → %s", (value, unit, expected) => {
    expect(frDuration(value, unit)).toBe(expected);
  });

  test("the personal data page shows each period", () => {
    const r = retentionPeriods();
    const page = text(renderToStaticMarkup(PrivacyPage()));
    expect(page).toContain(`connexion : ${frDuration(r.sessionDays, "jour")} au plus`);
    expect(page).toContain(`après ${frDuration(r.anonymousIdleHours, "heure")} sans activité`);
    expect(page).toContain(`qui suit ${frDuration(r.anonymousRetentionDays, "jour")} sans activité`);
    expect(page).toContain(`valable ${frDuration(r.resetLinkMinutes, "minute")}, une seule fois`);
    expect(page).toContain(`valable ${frDuration(r.invitationDays, "jour")}`);
    expect(page).toContain("1 heure"); // the reset link, as the e-mail and INVALID_RESET_LINK say
  });
});

describe("legal pages", () => {
  test("the legal notice names the editor and the host, and says it is a demonstration", () => {
    const page = text(renderToStaticMarkup(LegalPage()));
    for (const line of [EDITOR.name, EDITOR.address, EDITOR.director, EDITOR.host.name]) expect(page).toContain(line);
    expect(page).toMatch(/démonstration/);
  });

  test("the accessibility statement stays partly compliant and keeps its results section", () => {
    const html = renderToStaticMarkup(AccessibilityPage());
    expect(text(html)).toContain("partiellement conforme");
    expect(html).toContain("<h2>Résultats des vérifications</h2>");
  });

  test("public figures name a source and a year", () => {
    for (const f of PUBLIC_FIGURES) {
      expect(f.source.length).toBeGreaterThan(5);
      expect(f.year).toBeGreaterThanOrEqual(2015);
      expect(f.year).toBeLessThanOrEqual(new Date().getFullYear());
    }
  });
});

describe("site map", () => {
  const hrefs = SITE_MAP.flatMap((g) => g.pages.map((p) => p.href));

  test("lists every public page", () => {
    const required = [
      "/",
      "/abc-diag",
      "/campagnes",
      "/connexion",
      "/inscription",
      "/verification-certificat",
      "/mediation-numerique",
      "/mediation-numerique/kit",
      "/mediation-numerique/demande-acces",
      "/aide",
      "/aide/contact",
      "/mentions-legales",
      "/donnees-personnelles",
      "/conditions-generales",
      "/accessibilite",
      "/plan-du-site",
    ];
    expect(hrefs).toEqual(expect.arrayContaining(required));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    const html = renderToStaticMarkup(SiteMapPage());
    for (const href of hrefs) expect(html).toContain(`href="${href}"`);
  });

  const app = path.join(process.cwd(), "app");
  const groups = fs.readdirSync(app).filter((d) => /^\(.+\)$/.test(d));
  const exists = (href: string) => ["", ...groups].some((g) => fs.existsSync(path.join(app, g, href, "page.tsx")));

  test.each(hrefs)("%s has a page", (href) => {
    expect(exists(href)).toBe(true);
  });
});
