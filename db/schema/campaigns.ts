import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { users } from "./users";

/** A test prescribed by a structure, joined with its code (6 letters + 3 digits). */
export const campaigns = pgTable(
  "campaigns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** upper case, e.g. CAPDIA123 */
    code: text("code").notNull(),
    name: text("name").notNull(),
    /** "abc-diag" | "assessment" | "profiles" */
    type: text("type").notNull(),
    /** the target profile of an assessment campaign */
    targetProfileId: text("target_profile_id"),
    /** the structure's own words on the landing page */
    landingText: text("landing_text"),
    /** e.g. "Numéro de dossier"; null when no external id is asked */
    externalIdLabel: text("external_id_label"),
    /** "text" | "email" | "number" */
    externalIdType: text("external_id_type"),
    /** participants may go on without an account (ABC Diag) */
    allowAnonymous: boolean("allow_anonymous").notNull().default(false),
    multipleSendings: boolean("multiple_sendings").notNull().default(false),
    /** absolute beginners: no tutorial screen, no checkpoints (ABC Diag campaigns by default) */
    forAbsoluteNovice: boolean("for_absolute_novice").notNull().default(false),
    /** the structure's own words on the result page */
    resultText: text("result_text"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("campaigns_code_unique").on(t.code), index("campaigns_organisation_idx").on(t.organisationId, t.createdAt)],
);

/**
 * A person's participation in a campaign. One current participation per person and campaign;
 * a retry (multiple sendings) marks the previous one "improved" and starts a new one.
 */
export const campaignParticipations = pgTable(
  "campaign_participations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    externalId: text("external_id"),
    /** "started" | "completed" | "shared" */
    status: text("status").notNull().default("started"),
    /** replaced by a later participation of the same person (a retry) */
    isImproved: boolean("is_improved").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    sharedAt: timestamp("shared_at", { withTimezone: true }),
    /** frozen when shared: validated target skills, target skills, pix (profile collection) */
    validatedSkills: integer("validated_skills"),
    targetSkills: integer("target_skills"),
    /** validated ÷ target in hundredths of a percent (0–10000), for sorting and filtering */
    masteryBasisPoints: integer("mastery_basis_points"),
    pixScore: integer("pix_score"),
    /** 1, 2, 3… the stage reached (by threshold order) */
    stageReached: integer("stage_reached"),
    /** frozen details when shared: per theme and per competence (lib/campaigns/results.ts) */
    snapshot: jsonb("snapshot").$type<ParticipationSnapshot>(),
  },
  (t) => [
    uniqueIndex("campaign_participations_current_unique")
      .on(t.campaignId, t.userId)
      .where(sql`${t.isImproved} = false`),
    index("campaign_participations_user_idx").on(t.userId),
    index("campaign_participations_campaign_idx").on(t.campaignId, t.isImproved, t.createdAt),
    // the export's keyset (by id) and the results' sort by mastery, on campaigns of 100,000
    index("campaign_participations_campaign_id_idx").on(t.campaignId, t.isImproved, t.id),
    index("campaign_participations_campaign_mastery_idx").on(t.campaignId, t.isImproved, t.masteryBasisPoints),
  ],
);

/** What a shared participation froze (see lib/campaigns/results.ts). */
export type ParticipationSnapshot = {
  /** per theme of the target profile; for ABC Diag, per dimension (right ÷ played questions) */
  themes: { id: string; name: string; validated: number; total: number }[];
  competences: { id: string; validated: number; total: number; pix: number; level: number }[];
  /** ABC Diag only: the level of each dimension and the orientation */
  diag?: { orientation: string; levels: Record<string, string> };
};

/** Observation notes of a structure's mediators on one participation (private to the organisation). */
export const participationNotes = pgTable(
  "participation_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    participationId: uuid("participation_id")
      .notNull()
      .references(() => campaignParticipations.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("participation_notes_participation_idx").on(t.participationId, t.createdAt)],
);

/** Groups of similar level saved by a mediator for a campaign (docs/groupes.md). */
export const campaignGroups = pgTable(
  "campaign_groups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    /** 1, 2, 3… from the weakest to the strongest */
    position: integer("position").notNull(),
    name: text("name").notNull(),
    /** the plain-French label shown with the group */
    label: text("label"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("campaign_groups_campaign_position_unique").on(t.campaignId, t.position)],
);

/** Who is in which saved group (one group per participation). */
export const campaignGroupMembers = pgTable(
  "campaign_group_members",
  {
    groupId: uuid("group_id")
      .notNull()
      .references(() => campaignGroups.id, { onDelete: "cascade" }),
    participationId: uuid("participation_id")
      .notNull()
      .references(() => campaignParticipations.id, { onDelete: "cascade" }),
  },
  (t) => [uniqueIndex("campaign_group_members_participation_unique").on(t.participationId), index("campaign_group_members_group_idx").on(t.groupId)],
);
