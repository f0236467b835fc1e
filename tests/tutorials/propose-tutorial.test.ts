import "../assessments/content-setup";
import { count, eq } from "drizzle-orm";
import { tutorialProposals } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getContentIndex } from "@/lib/content";
import { InvalidInput, NotAllowed, NotAuthenticated, NotFound, RateLimited } from "@/lib/errors";
import { listMyTutorials } from "@/lib/tutorials/list-tutorials";
import { PROPOSALS_PER_HOUR, proposeTutorial, proposeTutorialHref, type ProposeTutorialInput } from "@/lib/tutorials/propose-tutorial";
import { getDb, setupTestDatabase } from "../support/db";
import { newLearner } from "../assessments/helpers";

setupTestDatabase();

const skillId = () => getContentIndex().referential.skills.find((s) => s.active)!.id;

function valid(over: Partial<ProposeTutorialInput> = {}): ProposeTutorialInput {
  return {
    skillId: skillId(),
    title: "Bien choisir ses mots-clés",
    url: "https://exemple.fr/mots-cles",
    body: "",
    why: "Il montre pas à pas comment affiner une recherche.",
    ...over,
  };
}

async function proposalsOf(actor: Actor): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(tutorialProposals).where(eq(tutorialProposals.userId, actor.userId));
  return Number(row!.n);
}

async function refusal(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a refusal");
}

describe("proposer un tutoriel", () => {
  it("stores a valid proposal as pending, with the author and the skill", async () => {
    const lea = await newLearner("Léa");
    const now = new Date("2026-03-02T10:00:00Z");
    const { id } = await proposeTutorial(lea, valid({ title: "  Bien choisir ses mots-clés  " }), now);
    const [row] = await getDb().select().from(tutorialProposals).where(eq(tutorialProposals.id, id));
    expect(row).toMatchObject({
      userId: lea.userId,
      skillId: skillId(),
      title: "Bien choisir ses mots-clés",
      url: "https://exemple.fr/mots-cles",
      body: null,
      why: "Il montre pas à pas comment affiner une recherche.",
      state: "pending",
      reviewedAt: null,
    });
    expect(row!.createdAt.toISOString()).toBe(now.toISOString());
  });

  it("accepts a written text without a link", async () => {
    const lea = await newLearner("Léa");
    const { id } = await proposeTutorial(lea, valid({ url: "", body: "1. Ouvrez le moteur de recherche\n2. Tapez deux mots précis" }));
    const [row] = await getDb().select().from(tutorialProposals).where(eq(tutorialProposals.id, id));
    expect(row).toMatchObject({ url: null, body: "1. Ouvrez le moteur de recherche\n2. Tapez deux mots précis", state: "pending" });
  });

  it("never shows a pending proposal to learners", async () => {
    const lea = await newLearner("Léa");
    await proposeTutorial(lea, valid({ title: "Titre unique jamais montré" }));
    const mine = await listMyTutorials(lea);
    expect(JSON.stringify(mine)).not.toContain("Titre unique jamais montré");
  });

  it.each([
    ["no link and no text", { url: "", body: "   " }, "url", "Indiquez un lien ou écrivez le tutoriel."],
    ["a javascript: link", { url: "javascript:alert(1)" }, "url", "Le lien doit être une adresse web commençant par http:// ou https://."],
    ["an ftp link", { url: "ftp://exemple.fr/a" }, "url", "Le lien doit être une adresse web commençant par http:// ou https://."],
    ["not a link", { url: "exemple.fr" }, "url", "Le lien doit être une adresse web commençant par http:// ou https://."],
    ["an empty title", { title: "  " }, "title", "Donnez un titre à votre tutoriel (3 caractères au moins)."],
    ["a title too long", { title: "x".repeat(151) }, "title", "Le titre ne peut pas dépasser 150 caractères."],
    ["no reason", { why: "" }, "why", "Expliquez en quelques mots (10 caractères au moins) pourquoi ce tutoriel aide."],
    ["a text too long", { body: "x".repeat(5001), url: "" }, "body", "Le texte ne peut pas dépasser 5 000 caractères."],
  ])("refuses %s with a French message and writes nothing", async (_name, over, field, message) => {
    const lea = await newLearner("Léa");
    const e = await refusal(proposeTutorial(lea, valid(over)));
    expect(e).toBeInstanceOf(InvalidInput);
    expect((e as InvalidInput).fieldErrors[field]).toBe(message);
    expect(await proposalsOf(lea)).toBe(0);
  });

  it("refuses a skill that is not in the referential", async () => {
    const lea = await newLearner("Léa");
    const e = await refusal(proposeTutorial(lea, valid({ skillId: "@nExistePas9" })));
    expect(e).toBeInstanceOf(NotFound);
    expect((e as NotFound).userMessage).toBe("Cet acquis n'existe pas.");
    expect(await proposalsOf(lea)).toBe(0);
  });

  it("refuses someone not logged in, and an anonymous user", async () => {
    const [before] = await getDb().select({ n: count() }).from(tutorialProposals);
    expect(await refusal(proposeTutorial(null, valid()))).toBeInstanceOf(NotAuthenticated);
    const lea = await newLearner("Léa");
    expect(await refusal(proposeTutorial({ ...lea, isAnonymous: true }, valid()))).toBeInstanceOf(NotAllowed);
    const [after] = await getDb().select({ n: count() }).from(tutorialProposals);
    expect(Number(after!.n)).toBe(Number(before!.n));
  });

  it("limits the proposals per user and hour, without touching other users", async () => {
    const lea = await newLearner("Léa");
    const now = new Date("2026-03-03T10:00:00Z");
    for (let i = 0; i < PROPOSALS_PER_HOUR; i++) await proposeTutorial(lea, valid({ title: `Proposition ${i}` }), now);
    const e = await refusal(proposeTutorial(lea, valid(), new Date(now.getTime() + 60_000)));
    expect(e).toBeInstanceOf(RateLimited);
    expect(await proposalsOf(lea)).toBe(PROPOSALS_PER_HOUR);
    const tom = await newLearner("Tom");
    await proposeTutorial(tom, valid(), now);
    expect(await proposalsOf(tom)).toBe(1);
    await proposeTutorial(lea, valid(), new Date(now.getTime() + 61 * 60_000));
    expect(await proposalsOf(lea)).toBe(PROPOSALS_PER_HOUR + 1);
  });

  it("links from a challenge's correction and from a tutorial to the skill's proposal form", () => {
    const index = getContentIndex();
    const challenge = index.referential.challenges.find((c) => c.active)!;
    const href = proposeTutorialHref({ challengeId: challenge.id }, "/competences/1.1/evaluation/bilan?serie=1")!;
    const url = new URL(href, "http://x");
    expect(url.pathname).toBe("/tutoriels/proposer");
    expect(url.searchParams.get("acquis")).toBe(challenge.skillId);
    expect(url.searchParams.get("retour")).toBe("/competences/1.1/evaluation/bilan?serie=1");
    const skill = index.referential.skills.find((s) => s.learnMoreTutorialIds.length > 0)!;
    expect(new URL(proposeTutorialHref({ tutorialId: skill.learnMoreTutorialIds[0]! }, "/tutoriels")!, "http://x").searchParams.get("acquis")).toBeTruthy();
    expect(proposeTutorialHref({ challengeId: "nope" }, "/")).toBeNull();
  });
});
