CREATE TABLE "challenge_previews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"challenge_id" text NOT NULL,
	"status" text,
	"value" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "simulator_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "simulator_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"context_kind" text NOT NULL,
	"context_id" uuid NOT NULL,
	"challenge_id" text NOT NULL,
	"user_id" uuid,
	"simulator" text NOT NULL,
	"state" jsonb NOT NULL,
	"action_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "challenge_previews" ADD CONSTRAINT "challenge_previews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "simulator_actions" ADD CONSTRAINT "simulator_actions_run_id_simulator_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."simulator_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "simulator_runs" ADD CONSTRAINT "simulator_runs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "challenge_previews_user_challenge_idx" ON "challenge_previews" USING btree ("user_id","challenge_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "simulator_actions_run_seq_unique" ON "simulator_actions" USING btree ("run_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "simulator_runs_context_challenge_unique" ON "simulator_runs" USING btree ("context_kind","context_id","challenge_id");--> statement-breakpoint
CREATE INDEX "simulator_runs_user_idx" ON "simulator_runs" USING btree ("user_id");