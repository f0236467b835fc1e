import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const certificationCenters = pgTable("certification_centers", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  /** SCO (school), SUP (higher education), PRO (professional, mediation) */
  type: text("type").notNull().default("PRO"),
  city: text("city"),
  /** approved by platform staff before it may run sessions */
  approvedAt: timestamp("approved_at", { withTimezone: true }),
  archivedAt: timestamp("archived_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const centerMemberships = pgTable(
  "center_memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    centerId: uuid("center_id")
      .notNull()
      .references(() => certificationCenters.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").notNull().default("MEMBER"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("center_memberships_center_user_unique").on(t.centerId, t.userId), index("center_memberships_user_idx").on(t.userId)],
);

/** A certification session in a centre (DESIGN.md 7): the access code and invigilator password are given on the day. */
export const certificationSessions = pgTable(
  "certification_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** the public session number candidates and invigilators type */
    number: integer("number").generatedAlwaysAsIdentity({ startWith: 10001 }),
    centerId: uuid("center_id")
      .notNull()
      .references(() => certificationCenters.id, { onDelete: "cascade" }),
    address: text("address").notNull(),
    room: text("room").notNull(),
    /** YYYY-MM-DD and HH:MM, local time of the centre */
    date: text("date").notNull(),
    time: text("time").notNull(),
    examiner: text("examiner").notNull(),
    description: text("description"),
    /** 4 letters + 2 digits (lib/certification/rules/codes.ts) */
    accessCode: text("access_code").notNull(),
    /** 5 characters, shown to the centre's staff to hand to the invigilator */
    invigilatorPassword: text("invigilator_password").notNull(),
    /** "created" | "finalised" | "published" */
    status: text("status").notNull().default("created"),
    examinerComment: text("examiner_comment"),
    finalisedAt: timestamp("finalised_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("certification_sessions_number_unique").on(t.number), index("certification_sessions_center_idx").on(t.centerId, t.date)],
);

/** A candidate registered for a session (before the day), bound to their account when they join. */
export const certificationCandidates = pgTable(
  "certification_candidates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => certificationSessions.id, { onDelete: "cascade" }),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    /** YYYY-MM-DD */
    birthDate: text("birth_date").notNull(),
    /** where the result is e-mailed, if given */
    email: text("email"),
    externalId: text("external_id"),
    /** 0, 33… percent of extra time */
    extraTimePercent: integer("extra_time_percent").notNull().default(0),
    /** set when the candidate joins with their account */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("certification_candidates_session_idx").on(t.sessionId, t.lastName),
    uniqueIndex("certification_candidates_session_user_unique").on(t.sessionId, t.userId),
  ],
);

/** One candidate's certification test and, once published, their certificate. */
export const certificationCourses = pgTable(
  "certification_courses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => certificationCandidates.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => certificationSessions.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** "waiting" (joined, not yet authorised) | "authorised" | "started" | "paused" (waits for a resume) | "ended" | "ended-by-invigilator" | "timed-out" */
    state: text("state").notNull().default("waiting"),
    /** the composed test, in order (lib/certification/rules/compose-test.ts) */
    questions: jsonb("questions").$type<{ challengeId: string; competenceId: string; skillId: string; level: number }[]>().notNull(),
    /** the profile at composition: level and pix per certifiable competence */
    competences: jsonb("competences").$type<{ competenceId: string; level: number; pix: number }[]>().notNull(),
    /** the question served now (index into questions) and when it was first shown */
    currentIndex: integer("current_index").notNull().default(0),
    currentServedAt: timestamp("current_served_at", { withTimezone: true }),
    startedAt: timestamp("started_at", { withTimezone: true }),
    /** start + 105 min + extra time, enforced by the server */
    endsAt: timestamp("ends_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    /** why an unfinished test ended, recorded at finalisation */
    abortReason: text("abort_reason"),
    /** scoring at finalisation / publication (lib/certification/rules/score.ts) */
    result: jsonb("result"),
    /** "validated" | "rejected", once scored */
    status: text("status"),
    pixScore: integer("pix_score"),
    /** P- + 8 characters, given at publication */
    verificationCode: text("verification_code"),
    /** a published certificate cancelled by staff (fraud, error), with the reason */
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelReason: text("cancel_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("certification_courses_candidate_unique").on(t.candidateId),
    index("certification_courses_session_idx").on(t.sessionId),
    index("certification_courses_user_idx").on(t.userId),
    uniqueIndex("certification_courses_verification_unique").on(t.verificationCode),
  ],
);

/** One answer per question of a certification test. */
export const certificationAnswers = pgTable(
  "certification_answers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => certificationCourses.id, { onDelete: "cascade" }),
    challengeId: text("challenge_id").notNull(),
    position: integer("position").notNull(),
    value: jsonb("value"),
    /** ok | ko | skipped | timedout | focusedOut | unplayable */
    status: text("status").notNull(),
    timeSpentMs: integer("time_spent_ms"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("certification_answers_course_challenge_unique").on(t.courseId, t.challengeId), uniqueIndex("certification_answers_course_position_unique").on(t.courseId, t.position)],
);

/** An incident report written by the invigilator (or at finalisation) about a candidate. */
export const certificationIncidents = pgTable(
  "certification_incidents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => certificationCourses.id, { onDelete: "cascade" }),
    /** late-or-leaving | technical | question | fraud | other */
    category: text("category").notNull(),
    /** the question concerned (question and technical problems neutralise it) */
    challengeId: text("challenge_id"),
    description: text("description").notNull(),
    /** staff overruled the neutralisation before publication */
    overruledAt: timestamp("overruled_at", { withTimezone: true }),
    overruledBy: uuid("overruled_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("certification_incidents_course_idx").on(t.courseId)],
);

/** The invigilator's login to a session's portal (session number + password), bound to a cookie. */
export const invigilatorSessions = pgTable(
  "invigilator_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => certificationSessions.id, { onDelete: "cascade" }),
    /** sha-256 of the cookie's token */
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("invigilator_sessions_token_unique").on(t.tokenHash)],
);
