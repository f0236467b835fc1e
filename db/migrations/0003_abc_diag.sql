CREATE TABLE "diag_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"challenge_id" text NOT NULL,
	"position" integer NOT NULL,
	"status" text NOT NULL,
	"value" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "diag_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"result_code" text NOT NULL,
	"state" text DEFAULT 'started' NOT NULL,
	"content_version" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "diag_answers" ADD CONSTRAINT "diag_answers_run_id_diag_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."diag_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diag_runs" ADD CONSTRAINT "diag_runs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "diag_answers_run_position_unique" ON "diag_answers" USING btree ("run_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "diag_runs_result_code_unique" ON "diag_runs" USING btree ("result_code");--> statement-breakpoint
CREATE INDEX "diag_runs_user_idx" ON "diag_runs" USING btree ("user_id","created_at");