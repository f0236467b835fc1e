CREATE TABLE "organisation_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "campaign_participations_campaign_user_unique";--> statement-breakpoint
ALTER TABLE "assessments" ALTER COLUMN "competence_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "campaign_participation_id" uuid;--> statement-breakpoint
ALTER TABLE "campaign_participations" ADD COLUMN "is_improved" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "campaign_participations" ADD COLUMN "completed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "campaign_participations" ADD COLUMN "validated_skills" integer;--> statement-breakpoint
ALTER TABLE "campaign_participations" ADD COLUMN "target_skills" integer;--> statement-breakpoint
ALTER TABLE "campaign_participations" ADD COLUMN "mastery_basis_points" integer;--> statement-breakpoint
ALTER TABLE "campaign_participations" ADD COLUMN "pix_score" integer;--> statement-breakpoint
ALTER TABLE "campaign_participations" ADD COLUMN "stage_reached" integer;--> statement-breakpoint
ALTER TABLE "campaign_participations" ADD COLUMN "snapshot" jsonb;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "for_absolute_novice" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "result_text" text;--> statement-breakpoint
ALTER TABLE "organisation_invitations" ADD CONSTRAINT "organisation_invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invitations" ADD CONSTRAINT "organisation_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invitations" ADD CONSTRAINT "organisation_invitations_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_invitations_token_unique" ON "organisation_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "organisation_invitations_org_idx" ON "organisation_invitations" USING btree ("organisation_id","created_at");--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_campaign_participation_id_campaign_participations_id_fk" FOREIGN KEY ("campaign_participation_id") REFERENCES "public"."campaign_participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_participation_unique" ON "assessments" USING btree ("campaign_participation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_participations_current_unique" ON "campaign_participations" USING btree ("campaign_id","user_id") WHERE "campaign_participations"."is_improved" = false;--> statement-breakpoint
CREATE INDEX "campaign_participations_campaign_idx" ON "campaign_participations" USING btree ("campaign_id","is_improved","created_at");