import { sql } from "drizzle-orm";
import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    /** mediation, collectivite, ecole, superieur, entreprise */
    type: text("type").notNull(),
    /** 14 digits, when known (given by an ABC Pix access request or by staff) */
    siret: text("siret"),
    hasAbcPixAccess: boolean("has_abc_pix_access").notNull().default(false),
    /** ids of the general target profiles it may use; null: all of them */
    targetProfileIds: jsonb("target_profile_ids").$type<string[]>(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("organisations_siret_unique").on(t.siret).where(sql`${t.siret} is not null`), index("organisations_name_idx").on(sql`lower(${t.name})`)],
);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** ADMIN or MEMBER */
    role: text("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("memberships_org_user_unique").on(t.organisationId, t.userId), index("memberships_user_idx").on(t.userId)],
);

/** An invitation to join an organisation, sent by e-mail (the link is valid 7 days, used once). */
export const organisationInvitations = pgTable(
  "organisation_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** lower case */
    email: text("email").notNull(),
    /** ADMIN or MEMBER */
    role: text("role").notNull(),
    /** sha-256 of the token sent in the link (the token itself is never stored) */
    tokenHash: text("token_hash").notNull(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid("accepted_by").references(() => users.id, { onDelete: "set null" }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("organisation_invitations_token_unique").on(t.tokenHash), index("organisation_invitations_org_idx").on(t.organisationId, t.createdAt)],
);

/** A structure's request for ABC Pix access ("dossier"), reviewed by platform staff. */
export const abcPixRequests = pgTable(
  "abc_pix_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** "DEM-" + 6 characters, quoted in e-mails and on the staff page */
    reference: text("reference").notNull(),
    structureName: text("structure_name").notNull(),
    siret: text("siret").notNull(),
    /** one of the organisation types (lib/orga/labels.ts) */
    structureType: text("structure_type").notNull(),
    address: text("address").notNull(),
    postalCode: text("postal_code").notNull(),
    city: text("city").notNull(),
    contactFirstName: text("contact_first_name").notNull(),
    contactLastName: text("contact_last_name").notNull(),
    /** lower case */
    contactEmail: text("contact_email").notNull(),
    contactPhone: text("contact_phone"),
    contactRole: text("contact_role").notNull(),
    /** who the structure welcomes (ids of lib/access-requests' audiences) */
    audiences: jsonb("audiences").$type<string[]>().notNull(),
    /** people accompanied a year, as the applicant estimated */
    peoplePerYear: text("people_per_year").notNull(),
    motivation: text("motivation").notNull(),
    /** pending | approved | refused */
    state: text("state").notNull().default("pending"),
    refusalReason: text("refusal_reason"),
    /** the organisation created or given access on approval */
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    reviewedBy: uuid("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("abc_pix_requests_reference_unique").on(t.reference),
    index("abc_pix_requests_state_idx").on(t.state, t.createdAt),
    index("abc_pix_requests_siret_idx").on(t.siret),
  ],
);

/** A message sent with the contact form of /aide; e-mailed to staff and kept here. */
export const contactMessages = pgTable(
  "contact_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** apprenant | mediateur | centre | autre */
    audience: text("audience").notNull(),
    topic: text("topic").notNull(),
    name: text("name").notNull(),
    /** lower case */
    email: text("email").notNull(),
    message: text("message").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    handledAt: timestamp("handled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("contact_messages_created_idx").on(t.createdAt)],
);
