import { CORPUS, PAGES_BY_ID, linksOf } from "./corpus";
import { RESULTS_PER_PAGE, search } from "./search";

const ALL = new Set(CORPUS.map((p) => p.id));
const ids = (q: string) => search(q, ALL).results.map((p) => p.id);
const adIds = (q: string) => search(q, ALL).ads.map((p) => p.id);

describe("the corpus", () => {
  test("has at least 25 pages with unique ids", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(25);
    expect(PAGES_BY_ID.size).toBe(CORPUS.length);
  });

  test.each(CORPUS.map((p) => [p.id, p] as const))("%s is complete and its links resolve", (_id, page) => {
    expect(page.address).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+(\/[a-z0-9/._-]*)?$/);
    expect(page.title.trim()).not.toBe("");
    expect(page.snippet.trim()).not.toBe("");
    expect(page.date).toMatch(/^(20[0-2][0-9])-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/);
    expect(page.body.length).toBeGreaterThan(0);
    for (const l of linksOf(page)) expect(PAGES_BY_ID.has(l)).toBe(true);
    if (page.ad) expect(page.ad.keywords.length).toBeGreaterThan(0);
  });

  test("holds an outdated page, a fake site asking for money, advertisements and a commercial site", () => {
    expect(PAGES_BY_ID.get("bus-ligne4-old")!.date.startsWith("2019")).toBe(true);
    expect(PAGES_BY_ID.get("fake-acte-naissance")!.address).toContain("service-public-demarches.info");
    expect(JSON.stringify(PAGES_BY_ID.get("fake-acte-naissance")!.body)).toContain("29,90 €");
    expect(CORPUS.filter((p) => p.ad).length).toBeGreaterThanOrEqual(3);
    expect(CORPUS.some((p) => p.look === "commerce" && !p.ad)).toBe(true);
  });
});

describe("ranking", () => {
  test("is deterministic", () => {
    expect(ids("acte de naissance")).toEqual(ids("acte de naissance"));
  });

  test("ignores accents, case, small words and plurals", () => {
    expect(ids("ACTES DE NAISSANCE")).toEqual(ids("acte naissance"));
    expect(ids("carte d'identité")).toEqual(ids("CARTE IDENTITE"));
  });

  test("a query made only of small words finds nothing", () => {
    expect(search("le de la", ALL)).toEqual({ ads: [], results: [] });
  });

  test("the fake site is ranked above the official page, and an advertisement is shown", () => {
    const r = ids("acte de naissance");
    expect(r.indexOf("fake-acte-naissance")).toBeLessThan(r.indexOf("sp-acte-naissance"));
    expect(r.indexOf("sp-acte-naissance")).toBeLessThan(RESULTS_PER_PAGE);
    expect(adIds("acte de naissance")).toEqual(["ad-acte-naissance"]);
    expect(r).not.toContain("ad-acte-naissance");
  });

  test("the outdated timetable comes first, the current one is on the first page", () => {
    const r = ids("horaires bus ligne 4 Rivecourt");
    expect(r[0]).toBe("bus-ligne4-old");
    expect(r.indexOf("bus-ligne4")).toBeLessThan(RESULTS_PER_PAGE);
  });

  test("the pharmacy advertisement sits above the town's page", () => {
    expect(adIds("pharmacie de garde Rivecourt")).toEqual(["ad-pharmacie"]);
    expect(ids("pharmacie de garde Rivecourt")[0]).toBe("pharmacie-garde");
  });

  test("« avocat » alone shows lawyers first; adding « recette » brings the recipes to the top", () => {
    const alone = ids("avocat");
    expect(alone.slice(0, RESULTS_PER_PAGE)).not.toContain("recette-salade-avocat");
    expect(alone.slice(0, RESULTS_PER_PAGE)).not.toContain("recette-guacamole");
    expect(ids("avocat recette").slice(0, 2).sort()).toEqual(["recette-guacamole", "recette-salade-avocat"]);
    expect(ids("salade avocat")[0]).toBe("recette-salade-avocat");
    expect(ids("avocat fruit")).toContain("recette-guacamole");
  });

  test("only the scenario's pages are searched", () => {
    const some = new Set(["sp-acte-naissance", "mairie-etat-civil"]);
    expect(search("acte de naissance", some)).toEqual({ ads: [], results: [PAGES_BY_ID.get("sp-acte-naissance"), PAGES_BY_ID.get("mairie-etat-civil")] });
  });
});
