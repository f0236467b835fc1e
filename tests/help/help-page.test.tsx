/** The help page as rendered on the server (no JavaScript needed): search, audience, announcement, weight. */
import { renderToStaticMarkup } from "react-dom/server";
import HelpPage from "@/app/(public)/aide/page";
import { FAQ } from "@/lib/help/faq";

async function render(searchParams: Record<string, string | string[]>) {
  return renderToStaticMarkup(await HelpPage({ searchParams: Promise.resolve(searchParams) }));
}

const status = (html: string) => html.match(/<div role="status"[^>]*>(.*?)<\/div>/)?.[1]?.replace(/<[^>]+>/g, "") ?? null;
const summaries = (html: string) => [...html.matchAll(/<summary>(.*?)<\/summary>/g)].map((m) => m[1]);
/** The questions listed as links to their own page. */
const questionLinks = (html: string) => [...html.matchAll(/<a href="\/aide\/questions\/([^"]+)">/g)].map((m) => m[1]);

test("without a query: every question as a link to its answer, grouped by audience, no announcement, under 14 KB of markup", async () => {
  const html = await render({});
  expect(questionLinks(html)).toEqual(FAQ.map((e) => e.id));
  expect(summaries(html)).toHaveLength(0);
  expect(html).toMatch(/<h2 id="titre-apprenant">Apprenants<\/h2>.*<h2 id="titre-mediateur">Médiateurs et structures<\/h2>.*<h2 id="titre-centre">Centres de certification<\/h2>/);
  expect(status(html)).toBe("");
  expect(html).toContain('<label for="recherche-aide" class="font-semibold">Rechercher dans l&#x27;aide</label>');
  expect(html).toMatch(/<input id="recherche-aide" type="search"[^>]* name="q"/);
  expect(html).toMatch(/<select id="recherche-public" name="public"/);
  expect(html).toContain('<a href="/aide/contact">Écrivez-nous</a>');
  // the page also carries this content once more for React: keep it lean (see the report)
  expect(Buffer.byteLength(html)).toBeLessThan(14_000);
});

test.each([
  [{ q: "mot de passe" }, /^\d+ réponses pour « mot de passe »$/, "J&#x27;ai oublié mon mot de passe"],
  [{ q: "BLOQUÉ", public: "apprenant" }, /^1 réponse pour « BLOQUÉ » \(Apprenants\)$/, "Mon compte est bloqué"],
  [{ q: "xylophone" }, /^Aucune réponse pour « xylophone »\.$/, undefined],
  [{ q: "export zzzqqq" }, /^1 réponse pour « export zzzqqq » qui contient une partie de vos mots$/, "Comment exporter les résultats dans un tableur ?"],
])("%j is announced", async (params, announced, firstQuestion) => {
  const html = await render(params);
  expect(status(html)).toMatch(announced);
  expect(summaries(html)[0]).toBe(firstQuestion);
});

test("the audience alone lists that audience's entries; an unknown one means everybody", async () => {
  expect(questionLinks(await render({ public: "centre" }))).toHaveLength(FAQ.filter((e) => e.audience === "centre").length);
  expect(questionLinks(await render({ public: "pirate", q: ["a", "b"] }))).toHaveLength(FAQ.length);
});

test("a search shows 8 answers in full at most, the others as links", async () => {
  const html = await render({ q: "Pix" });
  const shown = summaries(html).length;
  const linked = questionLinks(html).length;
  expect(shown).toBe(8);
  expect(linked).toBeGreaterThan(0);
});

test("what the visitor typed is shown as text, never as markup", async () => {
  const html = await render({ q: '<script>alert("x")</script> mot' });
  expect(html).not.toContain("<script>alert");
});

test("the contact form has the agreed field names, a fieldset for who writes, and its button", async () => {
  const { ContactForm } = await import("@/app/(public)/aide/contact/contact-form");
  const html = renderToStaticMarkup(<ContactForm action={async (s) => s} defaults={{ name: "Laura Martin", email: "laura@exemple.fr" }} />);
  expect(html).toMatch(/<fieldset[^>]*><legend[^>]*>Vous êtes<\/legend>/);
  for (const value of ["apprenant", "mediateur", "centre", "autre"]) expect(html).toContain(`name="audience" value="${value}"`);
  expect(html).toMatch(/<select id="champ-topic" name="topic"/);
  expect(html).toMatch(/name="name" value="Laura Martin"/);
  expect(html).toMatch(/type="email"[^>]* name="email" value="laura@exemple.fr"/);
  expect(html).toMatch(/<textarea id="champ-message" name="message"/);
  expect(html).toContain(">Envoyer mon message</button>");
});
