import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { campaignParticipations } from "./campaigns";
import { users } from "./users";

/** A competence evaluation ("accès libre") or a campaign participation's test. */
export const assessments = pgTable(
  "assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** the competence of a "competence" assessment; null for a campaign's */
    competenceId: text("competence_id"),
    /** "competence" (accès libre) | "campaign" (a participation's test on a target profile) */
    type: text("type").notNull().default("competence"),
    campaignParticipationId: uuid("campaign_participation_id").references(() => campaignParticipations.id, { onDelete: "cascade" }),
    /** "started" | "completed" */
    state: text("state").notNull().default("started"),
    /** a retry: invalidations older than 4 days are ignored by the engine */
    isRetry: boolean("is_retry").notNull().default(false),
    /** the challenge served last (the only one an answer is accepted for); null when completed */
    currentChallengeId: text("current_challenge_id"),
    /** when the current challenge was first shown: deadlines of timed challenges start here */
    currentServedAt: timestamp("current_served_at", { withTimezone: true }),
    /** exact pix of the competence when the test started, as a fraction [num, den] */
    startPix: jsonb("start_pix").$type<{ num: number; den: number }>().notNull(),
    contentVersion: text("content_version").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    index("assessments_user_competence_idx").on(t.userId, t.competenceId, t.createdAt),
    index("assessments_created_idx").on(t.createdAt),
    index("assessments_user_updated_idx").on(t.userId, t.updatedAt),
    // at most one test in progress per learner and competence (two "Commencer" clicks at once)
    uniqueIndex("assessments_one_started_unique")
      .on(t.userId, t.competenceId)
      .where(sql`${t.state} = 'started'`),
    uniqueIndex("assessments_participation_unique").on(t.campaignParticipationId),
  ],
);

/** One answer per challenge per assessment. */
export const answers = pgTable(
  "answers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    challengeId: text("challenge_id").notNull(),
    /** 1, 2, 3… in the order answered */
    position: integer("position").notNull(),
    /** what the learner sent, in lib/answers' Answer shape (proposal ids, field texts) */
    value: jsonb("value"),
    /** ok | ko | skipped | timedout | focusedOut | unplayable */
    status: text("status").notNull(),
    /** milliseconds between first display and answer, when known */
    timeSpentMs: integer("time_spent_ms"),
    /** level of the competence before and after this answer (the "Niveau gagné !" screen) */
    levelBefore: integer("level_before").notNull(),
    levelAfter: integer("level_after").notNull(),
    contentVersion: text("content_version").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("answers_assessment_challenge_unique").on(t.assessmentId, t.challengeId),
    uniqueIndex("answers_assessment_position_unique").on(t.assessmentId, t.position),
    index("answers_challenge_idx").on(t.challengeId),
  ],
);

/** Append-only: the latest element of a skill wins (lib/engine's KnowledgeElement). */
export const knowledgeElements = pgTable(
  "knowledge_elements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    answerId: uuid("answer_id").references(() => answers.id, { onDelete: "cascade" }),
    challengeId: text("challenge_id").notNull(),
    skillId: text("skill_id").notNull(),
    tubeId: text("tube_id").notNull(),
    competenceId: text("competence_id").notNull(),
    /** validated | invalidated */
    status: text("status").notNull(),
    /** direct | inferred */
    source: text("source").notNull(),
    earnedPixNum: integer("earned_pix_num").notNull(),
    earnedPixDen: integer("earned_pix_den").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("knowledge_elements_user_competence_idx").on(t.userId, t.competenceId, t.createdAt)],
);

/** "Remettre à zéro": knowledge of the competence created before resetAt is ignored. */
export const competenceResets = pgTable(
  "competence_resets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    competenceId: text("competence_id").notNull(),
    resetAt: timestamp("reset_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("competence_resets_user_idx").on(t.userId, t.competenceId, t.resetAt)],
);

export const savedTutorials = pgTable(
  "saved_tutorials",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tutorialId: text("tutorial_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.tutorialId] }), index("saved_tutorials_user_created_idx").on(t.userId, t.createdAt)],
);

export const tutorialVotes = pgTable(
  "tutorial_votes",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tutorialId: text("tutorial_id").notNull(),
    useful: boolean("useful").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.tutorialId] }), index("tutorial_votes_tutorial_idx").on(t.tutorialId)],
);

/** Tutorials proposed by learners; shown only once staff accepted them. */
export const tutorialProposals = pgTable(
  "tutorial_proposals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    skillId: text("skill_id").notNull(),
    title: text("title").notNull(),
    url: text("url"),
    body: text("body"),
    why: text("why").notNull(),
    /** pending | accepted | rejected */
    state: text("state").notNull().default("pending"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    /** the reason given to refuse it */
    reviewComment: text("review_comment"),
  },
  (t) => [index("tutorial_proposals_state_idx").on(t.state, t.createdAt)],
);

/** "Signaler un problème" on a challenge or a correction; read by staff. */
export const problemReports = pgTable(
  "problem_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    assessmentId: uuid("assessment_id").references(() => assessments.id, { onDelete: "set null" }),
    challengeId: text("challenge_id").notNull(),
    answerId: uuid("answer_id").references(() => answers.id, { onDelete: "set null" }),
    category: text("category").notNull(),
    comment: text("comment").notNull(),
    contentVersion: text("content_version").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** set when staff marked it handled */
    handledAt: timestamp("handled_at", { withTimezone: true }),
    handledBy: uuid("handled_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("problem_reports_created_idx").on(t.createdAt), index("problem_reports_challenge_idx").on(t.challengeId)],
);
