CREATE TABLE "abc_pix_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"structure_name" text NOT NULL,
	"siret" text NOT NULL,
	"structure_type" text NOT NULL,
	"address" text NOT NULL,
	"postal_code" text NOT NULL,
	"city" text NOT NULL,
	"contact_first_name" text NOT NULL,
	"contact_last_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"contact_role" text NOT NULL,
	"audiences" jsonb NOT NULL,
	"people_per_year" text NOT NULL,
	"motivation" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"refusal_reason" text,
	"organisation_id" uuid,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"audience" text NOT NULL,
	"topic" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"message" text NOT NULL,
	"user_id" uuid,
	"handled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "siret" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "target_profile_ids" jsonb;--> statement-breakpoint
ALTER TABLE "certification_centers" ADD COLUMN "type" text DEFAULT 'PRO' NOT NULL;--> statement-breakpoint
ALTER TABLE "certification_centers" ADD COLUMN "city" text;--> statement-breakpoint
ALTER TABLE "certification_courses" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "certification_courses" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "problem_reports" ADD COLUMN "handled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "problem_reports" ADD COLUMN "handled_by" uuid;--> statement-breakpoint
ALTER TABLE "tutorial_proposals" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "tutorial_proposals" ADD COLUMN "review_comment" text;--> statement-breakpoint
ALTER TABLE "abc_pix_requests" ADD CONSTRAINT "abc_pix_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abc_pix_requests" ADD CONSTRAINT "abc_pix_requests_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_messages" ADD CONSTRAINT "contact_messages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "abc_pix_requests_reference_unique" ON "abc_pix_requests" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "abc_pix_requests_state_idx" ON "abc_pix_requests" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "abc_pix_requests_siret_idx" ON "abc_pix_requests" USING btree ("siret");--> statement-breakpoint
CREATE INDEX "contact_messages_created_idx" ON "contact_messages" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "problem_reports" ADD CONSTRAINT "problem_reports_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tutorial_proposals" ADD CONSTRAINT "tutorial_proposals_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_siret_unique" ON "organisations" USING btree ("siret") WHERE "organisations"."siret" is not null;--> statement-breakpoint
CREATE INDEX "organisations_name_idx" ON "organisations" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "answers_challenge_idx" ON "answers" USING btree ("challenge_id");--> statement-breakpoint
CREATE INDEX "assessments_created_idx" ON "assessments" USING btree ("created_at");