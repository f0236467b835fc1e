CREATE TABLE "answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"challenge_id" text NOT NULL,
	"position" integer NOT NULL,
	"value" jsonb,
	"status" text NOT NULL,
	"time_spent_ms" integer,
	"level_before" integer NOT NULL,
	"level_after" integer NOT NULL,
	"content_version" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"competence_id" text NOT NULL,
	"type" text DEFAULT 'competence' NOT NULL,
	"state" text DEFAULT 'started' NOT NULL,
	"is_retry" boolean DEFAULT false NOT NULL,
	"current_challenge_id" text,
	"current_served_at" timestamp with time zone,
	"start_pix" jsonb NOT NULL,
	"content_version" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "competence_resets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"competence_id" text NOT NULL,
	"reset_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_elements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"answer_id" uuid,
	"challenge_id" text NOT NULL,
	"skill_id" text NOT NULL,
	"tube_id" text NOT NULL,
	"competence_id" text NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"earned_pix_num" integer NOT NULL,
	"earned_pix_den" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "problem_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"assessment_id" uuid,
	"challenge_id" text NOT NULL,
	"answer_id" uuid,
	"category" text NOT NULL,
	"comment" text NOT NULL,
	"content_version" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_tutorials" (
	"user_id" uuid NOT NULL,
	"tutorial_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_tutorials_user_id_tutorial_id_pk" PRIMARY KEY("user_id","tutorial_id")
);
--> statement-breakpoint
CREATE TABLE "tutorial_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"skill_id" text NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"body" text,
	"why" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "tutorial_votes" (
	"user_id" uuid NOT NULL,
	"tutorial_id" text NOT NULL,
	"useful" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tutorial_votes_user_id_tutorial_id_pk" PRIMARY KEY("user_id","tutorial_id")
);
--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competence_resets" ADD CONSTRAINT "competence_resets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_elements" ADD CONSTRAINT "knowledge_elements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_elements" ADD CONSTRAINT "knowledge_elements_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_elements" ADD CONSTRAINT "knowledge_elements_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_reports" ADD CONSTRAINT "problem_reports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_reports" ADD CONSTRAINT "problem_reports_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_reports" ADD CONSTRAINT "problem_reports_answer_id_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_tutorials" ADD CONSTRAINT "saved_tutorials_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tutorial_proposals" ADD CONSTRAINT "tutorial_proposals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tutorial_votes" ADD CONSTRAINT "tutorial_votes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "answers_assessment_challenge_unique" ON "answers" USING btree ("assessment_id","challenge_id");--> statement-breakpoint
CREATE UNIQUE INDEX "answers_assessment_position_unique" ON "answers" USING btree ("assessment_id","position");--> statement-breakpoint
CREATE INDEX "assessments_user_competence_idx" ON "assessments" USING btree ("user_id","competence_id","created_at");--> statement-breakpoint
CREATE INDEX "assessments_user_updated_idx" ON "assessments" USING btree ("user_id","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_one_started_unique" ON "assessments" USING btree ("user_id","competence_id") WHERE "assessments"."state" = 'started';--> statement-breakpoint
CREATE INDEX "competence_resets_user_idx" ON "competence_resets" USING btree ("user_id","competence_id","reset_at");--> statement-breakpoint
CREATE INDEX "knowledge_elements_user_competence_idx" ON "knowledge_elements" USING btree ("user_id","competence_id","created_at");--> statement-breakpoint
CREATE INDEX "problem_reports_created_idx" ON "problem_reports" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "problem_reports_challenge_idx" ON "problem_reports" USING btree ("challenge_id");--> statement-breakpoint
CREATE INDEX "saved_tutorials_user_created_idx" ON "saved_tutorials" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "tutorial_proposals_state_idx" ON "tutorial_proposals" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "tutorial_votes_tutorial_idx" ON "tutorial_votes" USING btree ("tutorial_id");