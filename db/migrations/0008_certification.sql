CREATE TABLE "certification_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"challenge_id" text NOT NULL,
	"position" integer NOT NULL,
	"value" jsonb,
	"status" text NOT NULL,
	"time_spent_ms" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certification_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"birth_date" text NOT NULL,
	"email" text,
	"external_id" text,
	"extra_time_percent" integer DEFAULT 0 NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certification_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"state" text DEFAULT 'waiting' NOT NULL,
	"questions" jsonb NOT NULL,
	"competences" jsonb NOT NULL,
	"current_index" integer DEFAULT 0 NOT NULL,
	"current_served_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"abort_reason" text,
	"result" jsonb,
	"status" text,
	"pix_score" integer,
	"verification_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certification_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"category" text NOT NULL,
	"challenge_id" text,
	"description" text NOT NULL,
	"overruled_at" timestamp with time zone,
	"overruled_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certification_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "certification_sessions_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 10001 CACHE 1),
	"center_id" uuid NOT NULL,
	"address" text NOT NULL,
	"room" text NOT NULL,
	"date" text NOT NULL,
	"time" text NOT NULL,
	"examiner" text NOT NULL,
	"description" text,
	"access_code" text NOT NULL,
	"invigilator_password" text NOT NULL,
	"status" text DEFAULT 'created' NOT NULL,
	"examiner_comment" text,
	"finalised_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invigilator_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "certification_answers" ADD CONSTRAINT "certification_answers_course_id_certification_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."certification_courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_candidates" ADD CONSTRAINT "certification_candidates_session_id_certification_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."certification_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_candidates" ADD CONSTRAINT "certification_candidates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_courses" ADD CONSTRAINT "certification_courses_candidate_id_certification_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."certification_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_courses" ADD CONSTRAINT "certification_courses_session_id_certification_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."certification_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_courses" ADD CONSTRAINT "certification_courses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_incidents" ADD CONSTRAINT "certification_incidents_course_id_certification_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."certification_courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_incidents" ADD CONSTRAINT "certification_incidents_overruled_by_users_id_fk" FOREIGN KEY ("overruled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_sessions" ADD CONSTRAINT "certification_sessions_center_id_certification_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."certification_centers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_sessions" ADD CONSTRAINT "certification_sessions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_sessions" ADD CONSTRAINT "certification_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invigilator_sessions" ADD CONSTRAINT "invigilator_sessions_session_id_certification_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."certification_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certification_answers_course_challenge_unique" ON "certification_answers" USING btree ("course_id","challenge_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certification_answers_course_position_unique" ON "certification_answers" USING btree ("course_id","position");--> statement-breakpoint
CREATE INDEX "certification_candidates_session_idx" ON "certification_candidates" USING btree ("session_id","last_name");--> statement-breakpoint
CREATE UNIQUE INDEX "certification_candidates_session_user_unique" ON "certification_candidates" USING btree ("session_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certification_courses_candidate_unique" ON "certification_courses" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "certification_courses_session_idx" ON "certification_courses" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "certification_courses_user_idx" ON "certification_courses" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certification_courses_verification_unique" ON "certification_courses" USING btree ("verification_code");--> statement-breakpoint
CREATE INDEX "certification_incidents_course_idx" ON "certification_incidents" USING btree ("course_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certification_sessions_number_unique" ON "certification_sessions" USING btree ("number");--> statement-breakpoint
CREATE INDEX "certification_sessions_center_idx" ON "certification_sessions" USING btree ("center_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "invigilator_sessions_token_unique" ON "invigilator_sessions" USING btree ("token_hash");