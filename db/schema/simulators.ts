import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * The state of one simulator for one challenge in one context (a competence evaluation, a staff
 * preview; campaigns and certification add their kinds). Created on the first action; until
 * then the state is the scenario's initial state.
 */
export const simulatorRuns = pgTable(
  "simulator_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** "evaluation" (assessments.id) | "apercu" (challenge_previews.id) */
    contextKind: text("context_kind").notNull(),
    contextId: uuid("context_id").notNull(),
    challengeId: text("challenge_id").notNull(),
    /** the learner; null for anonymous contexts */
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    simulator: text("simulator").notNull(),
    state: jsonb("state").notNull(),
    /** number of actions applied; forms carry it so that a resubmitted form changes nothing */
    actionCount: integer("action_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("simulator_runs_context_challenge_unique").on(t.contextKind, t.contextId, t.challengeId), index("simulator_runs_user_idx").on(t.userId)],
);

/** Every action the learner took in a simulator, in order (append-only). */
export const simulatorActions = pgTable(
  "simulator_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runId: uuid("run_id")
      .notNull()
      .references(() => simulatorRuns.id, { onDelete: "cascade" }),
    /** 1, 2, 3… */
    seq: integer("seq").notNull(),
    action: jsonb("action").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("simulator_actions_run_seq_unique").on(t.runId, t.seq)],
);

/** Platform staff trying a challenge as a learner would, without touching any profile. */
export const challengePreviews = pgTable(
  "challenge_previews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    challengeId: text("challenge_id").notNull(),
    /** null until answered, then ok | ko | skipped | unplayable */
    status: text("status"),
    value: jsonb("value"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [index("challenge_previews_user_challenge_idx").on(t.userId, t.challengeId, t.createdAt)],
);
