/**
 * The kit's route handlers (through kitDownload, with the actor passed in): a PDF for good input,
 * a redirect back to the kit page with ?erreur= otherwise, never a PDF with someone else's campaign.
 */
import { PDFDocument } from "pdf-lib";
import { campaigns } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { generateCampaignCode } from "@/lib/campaigns/orga/generate-code";
import { kitDownload } from "@/lib/kit/kit-download";
import { pdfText } from "@/tests/support/pdf-text";
import { getDb, setupTestDatabase } from "../support/db";
import { newOrganisation } from "../orga/helpers";

setupTestDatabase();

const get = (kind: "affiche" | "flyer", query: string, actor: Actor | null = null) =>
  kitDownload(new Request(`http://localhost/mediation-numerique/kit/${kind}?${query}`), kind, async () => actor);

async function newCampaign(orgId: string, archived = false) {
  const [c] = await getDb()
    .insert(campaigns)
    .values({ organisationId: orgId, code: generateCampaignCode(), name: "Atelier", type: "abc-diag", archivedAt: archived ? new Date() : null })
    .returning({ id: campaigns.id, code: campaigns.code });
  return c!;
}

test.each([
  ["affiche", "A3", "affiche-abc-diag-epn-de-brest-A3.pdf", [842, 1191]],
  ["flyer", "A4", "flyer-abc-diag-epn-de-brest-A4.pdf", [595, 842]],
] as const)("%s %s: a PDF to download, not cached", async (kind, format, filename, size) => {
  const res = await get(kind, `structure=EPN+de+Brest&format=${format}`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/pdf");
  expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${filename}"`);
  expect(res.headers.get("cache-control")).toBe("private, no-store");
  const bytes = new Uint8Array(await res.arrayBuffer());
  const page = (await PDFDocument.load(bytes)).getPage(0).getSize();
  expect([Math.round(page.width), Math.round(page.height)]).toEqual(size);
  expect(pdfText(bytes)).toContain("EPN de Brest");
});

test("bad input goes back to the kit page with the error codes", async () => {
  const res = await get("affiche", "structure=&format=A5");
  expect(res.status).toBe(303);
  expect(res.headers.get("location")).toBe("/mediation-numerique/kit?erreur=structure-vide%2Cformat&format=A5#champ-structure");
});

test("a member prints their campaign's code; anyone else is sent back without a PDF", async () => {
  const mine = await newOrganisation("EPN");
  const other = await newOrganisation("Mairie");
  const c = await newCampaign(mine.orgId);
  const ok = await get("flyer", `structure=EPN&campagne=${c.id}`, mine.admin);
  expect(ok.status).toBe(200);
  expect(pdfText(new Uint8Array(await ok.arrayBuffer())).replace(/\s+/g, " ")).toContain(`À taper sans les espaces : ${c.code}`);

  const refused = await get("flyer", `structure=EPN&campagne=${c.id}`, other.admin);
  expect(refused.status).toBe(303);
  expect(refused.headers.get("location")).toMatch(/^\/mediation-numerique\/kit\?erreur=campagne&/);
  expect(refused.headers.get("content-type")).toBeNull();

  const loggedOut = await get("affiche", `structure=EPN&campagne=${c.id}`);
  expect(loggedOut.headers.get("location")).toMatch(/erreur=campagne-connexion/);

  const [pixCampaign] = await getDb()
    .insert(campaigns)
    .values({ organisationId: mine.orgId, code: generateCampaignCode(), name: "Démarches", type: "assessment", targetProfileId: "abc-demarches-en-ligne" })
    .returning({ id: campaigns.id });
  expect((await get("affiche", `structure=EPN&campagne=${pixCampaign!.id}`, mine.admin)).status).toBe(200);
  expect((await get("flyer", `structure=EPN&campagne=${pixCampaign!.id}`, mine.admin)).headers.get("location")).toMatch(/erreur=campagne-flyer/);

  const archived = await newCampaign(mine.orgId, true);
  const old = await get("affiche", `structure=EPN&campagne=${archived.id}`, mine.admin);
  expect(old.headers.get("location")).toMatch(/erreur=campagne-archivee/);
});
