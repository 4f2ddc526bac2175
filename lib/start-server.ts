import "server-only";
import { getDb } from "@/db/client";
import { startBanCounterPruning } from "@/lib/bans/prune-ban-counters";
import { ConfigError, getConfig } from "@/lib/config/config";
import { log } from "@/lib/log";
import { startOutboxSender } from "@/lib/mail/start-outbox-sender";

export async function startServer() {
  let config: ReturnType<typeof getConfig>;
  try {
    config = getConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`\n${error.message}\n\nSee .env.example for every variable.\n\n`);
      process.exit(1);
    }
    throw error;
  }

  await getDb();
  startOutboxSender();
  startBanCounterPruning();
  log.info("server.started", {
    database: config.database.kind,
    mail: config.mail.resendApiKey ? "resend" : "dev-mailbox",
    bans: config.bans.upstash ? "upstash" : "postgres",
  });
}
