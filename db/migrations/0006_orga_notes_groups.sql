CREATE TABLE "organisation_diag_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"kept_by" uuid,
	"label" text,
	"kept_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_group_members" (
	"group_id" uuid NOT NULL,
	"participation_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"label" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participation_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_diag_results" ADD CONSTRAINT "organisation_diag_results_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_diag_results" ADD CONSTRAINT "organisation_diag_results_run_id_diag_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."diag_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_diag_results" ADD CONSTRAINT "organisation_diag_results_kept_by_users_id_fk" FOREIGN KEY ("kept_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_group_members" ADD CONSTRAINT "campaign_group_members_group_id_campaign_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."campaign_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_group_members" ADD CONSTRAINT "campaign_group_members_participation_id_campaign_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."campaign_participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_groups" ADD CONSTRAINT "campaign_groups_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_groups" ADD CONSTRAINT "campaign_groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_notes" ADD CONSTRAINT "participation_notes_participation_id_campaign_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."campaign_participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_notes" ADD CONSTRAINT "participation_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_diag_results_unique" ON "organisation_diag_results" USING btree ("organisation_id","run_id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_group_members_participation_unique" ON "campaign_group_members" USING btree ("participation_id");--> statement-breakpoint
CREATE INDEX "campaign_group_members_group_idx" ON "campaign_group_members" USING btree ("group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_groups_campaign_position_unique" ON "campaign_groups" USING btree ("campaign_id","position");--> statement-breakpoint
CREATE INDEX "participation_notes_participation_idx" ON "participation_notes" USING btree ("participation_id","created_at");