import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { campaignParticipations } from "./campaigns";
import { organisations } from "./organisations";
import { users } from "./users";

/** One passage of ABC Diag: its 10 questions in the order of content/abc-diag.yaml. */
export const diagRuns = pgTable(
  "diag_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** the person (often an anonymous user bound to the browser) */
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** set when the diag was taken through a structure's ABC Diag code: its result reaches that structure */
    participationId: uuid("participation_id").references(() => campaignParticipations.id, { onDelete: "set null" }),
    /** short code shown on the result, e.g. D-7KQ2M9, that the mediator can look up */
    resultCode: text("result_code").notNull(),
    /** "started" | "completed" */
    state: text("state").notNull().default("started"),
    contentVersion: text("content_version").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("diag_runs_result_code_unique").on(t.resultCode),
    index("diag_runs_user_idx").on(t.userId, t.createdAt),
    // a structure's live view and results find the runs of its participations
    index("diag_runs_participation_idx").on(t.participationId),
  ],
);

/** One answer per question of a run. */
export const diagAnswers = pgTable(
  "diag_answers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runId: uuid("run_id")
      .notNull()
      .references(() => diagRuns.id, { onDelete: "cascade" }),
    challengeId: text("challenge_id").notNull(),
    /** 1 to 10 */
    position: integer("position").notNull(),
    /** ok | ko | skipped | unplayable */
    status: text("status").notNull(),
    value: jsonb("value"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("diag_answers_run_position_unique").on(t.runId, t.position)],
);

/**
 * A public ABC Diag (taken without a structure's code) that a mediator looked up by its result
 * code and kept in the organisation's list ("Retrouver un diagnostic").
 */
export const organisationDiagResults = pgTable(
  "organisation_diag_results",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    runId: uuid("run_id")
      .notNull()
      .references(() => diagRuns.id, { onDelete: "cascade" }),
    keptBy: uuid("kept_by").references(() => users.id, { onDelete: "set null" }),
    /** a name or pseudonym the mediator gives, since the run has none */
    label: text("label"),
    keptAt: timestamp("kept_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("organisation_diag_results_unique").on(t.organisationId, t.runId)],
);
