import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
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
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("campaigns_code_unique").on(t.code), index("campaigns_organisation_idx").on(t.organisationId, t.createdAt)],
);

/** A person's participation in a campaign (one per person and campaign). */
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
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sharedAt: timestamp("shared_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("campaign_participations_campaign_user_unique").on(t.campaignId, t.userId), index("campaign_participations_user_idx").on(t.userId)],
);
