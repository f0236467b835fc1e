import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const certificationCenters = pgTable("certification_centers", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
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
