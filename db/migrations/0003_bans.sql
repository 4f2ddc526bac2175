CREATE TYPE "public"."ban_reason" AS ENUM('sign_in_failures', 'link_requests', 'ticket_submissions', 'requests');--> statement-breakpoint
CREATE TABLE "ban_counters" (
	"ip" text NOT NULL,
	"reason" "ban_reason" NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "ban_counters_ip_reason_pk" PRIMARY KEY("ip","reason")
);
--> statement-breakpoint
CREATE TABLE "bans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ip" text NOT NULL,
	"reason" "ban_reason" NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"lifted_at" timestamp with time zone,
	"lifted_by" text,
	CONSTRAINT "bans_until_after_start" CHECK ("bans"."until" > "bans"."started_at")
);
--> statement-breakpoint
CREATE INDEX "ban_counters_window_idx" ON "ban_counters" USING btree ("window_started_at");--> statement-breakpoint
CREATE INDEX "bans_active_idx" ON "bans" USING btree ("ip","until") WHERE "bans"."lifted_at" is null;--> statement-breakpoint
CREATE INDEX "bans_started_idx" ON "bans" USING btree ("started_at");