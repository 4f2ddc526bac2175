import "server-only";
import { getDb } from "@/db/client";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { startBanCounterPruning } from "@/lib/bans/prune-ban-counters";
import { ConfigError, getConfig } from "@/lib/config/config";
import { startUploadPruning } from "@/lib/files/prune-unclaimed-uploads";
import { log } from "@/lib/log";
import { startOutboxSender } from "@/lib/mail/start-outbox-sender";
import { registerStopServer } from "@/lib/stop-server";

export async function startServer() {
  let config: ReturnType<typeof getConfig>;
  try {
    config = getConfig();
    // Made or read now, so that a file that holds no usable secret stops the start.
    getAuthSecret();
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
  startUploadPruning();
  registerStopServer();
  if (config.production && config.mail.devMailbox) {
    log.warn("server.dev_mailbox_public", {
      detail:
        "DEV_MAILBOX is on in production: anyone who reaches /dev/mailbox reads every " +
        "sign-in link. Use it only on a machine nobody else can reach.",
    });
  }
  log.info("server.started", {
    database: config.database.kind,
    mail: config.mail.resendApiKey ? "resend" : "dev-mailbox",
    bans: config.bans.upstash ? "upstash" : "postgres",
  });
}
