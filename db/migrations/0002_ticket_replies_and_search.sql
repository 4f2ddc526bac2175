ALTER TABLE "messages" ADD COLUMN "submission_key" uuid;--> statement-breakpoint
CREATE INDEX "messages_body_search_idx" ON "messages" USING gin (to_tsvector('simple', "body"));--> statement-breakpoint
CREATE INDEX "tickets_subject_search_idx" ON "tickets" USING gin (to_tsvector('simple', "subject"));--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_submission_key_unique" UNIQUE("submission_key");