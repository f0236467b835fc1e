/** Two instances starting at once on an empty database: the demo seed runs once (advisory lock, then a second look). */
import { count, eq } from "drizzle-orm";
import { organisations, users } from "@/db/schema";
import { DEMO_ACCOUNTS, seedDemo } from "@/db/seed";
import { getDb, setupTestDatabase } from "../support/db";

setupTestDatabase();

const NOW = new Date("2026-12-05T10:00:00Z");

test("two seeds started together create the demo accounts once; at most one reports it created them", async () => {
  // (on a shared PostgreSQL another test file may have seeded first: then neither creates)
  const results = await Promise.all([seedDemo(getDb(), NOW), seedDemo(getDb(), NOW)]);
  expect(results.filter((r) => r.created).length).toBeLessThanOrEqual(1);
  const [learners] = await getDb().select({ n: count() }).from(users).where(eq(users.email, DEMO_ACCOUNTS.learner.email));
  expect(Number(learners!.n)).toBe(1);
  const [orgs] = await getDb().select({ n: count() }).from(organisations).where(eq(organisations.name, "Espace numérique des Capucins"));
  expect(Number(orgs!.n)).toBe(1);
  expect((await seedDemo(getDb(), NOW)).created).toBe(false);
});
