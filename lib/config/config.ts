import "server-only";
import path from "node:path";
import { envSchema } from "./env-schema";

export type Config = ReturnType<typeof buildConfig>;

export class ConfigError extends Error {
  constructor(issues: string[]) {
    super(
      `Podpora cannot start: the configuration is invalid.\n${issues.map((i) => `  - ${i}`).join("\n")}`,
    );
    this.name = "ConfigError";
  }
}

function buildConfig(source: Record<string, string | undefined>) {
  // A variable set to nothing (as in a copy of .env.example) means "use the default".
  const given = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`,
      ),
    );
  }
  const env = parsed.data;
  const dataDir = path.resolve(/* turbopackIgnore: true */ env.PODPORA_DATA_DIR);
  // Unset, the portal is where `npm run dev` or `npm start` serves it on this machine.
  const appUrl = (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");

  return {
    production: env.NODE_ENV === "production",
    appUrl,
    supportEmail: env.SUPPORT_EMAIL,
    database: env.DATABASE_URL
      ? ({ kind: "postgres", url: env.DATABASE_URL } as const)
      : ({
          kind: "pglite",
          dir: resolveDir(env.PGLITE_DIR, path.join(dataDir, "pglite")),
        } as const),
    mail: {
      from: env.MAIL_FROM,
      resendApiKey: env.RESEND_API_KEY,
      resendBaseUrl: env.RESEND_BASE_URL,
      devMailbox: env.DEV_MAILBOX ?? env.NODE_ENV !== "production",
      /** Whether this process delivers the outbox every few seconds; off on serverless hosts. */
      outboxLoop: env.OUTBOX_SENDER === "on",
      /** The secret a scheduler sends to /api/cron/deliver-email; unset, that route is off. */
      cronSecret: env.CRON_SECRET,
    },
    dataDir,
    authSecret: env.AUTH_SECRET,
    trustedProxyCount: env.TRUSTED_PROXY_COUNT,
    /** Cookies get the Secure flag and __Host- prefix when the portal is served over HTTPS. */
    secureCookies: appUrl.startsWith("https:"),
    /** Set: attachments are uploaded from the browser to UploadThing; unset: a local folder. */
    uploadThing: env.UPLOADTHING_TOKEN
      ? {
          token: env.UPLOADTHING_TOKEN,
          ingestUrl: env.UPLOADTHING_INGEST_URL,
          apiUrl: env.UPLOADTHING_API_URL,
          ufsHost: env.UPLOADTHING_UFS_HOST,
        }
      : undefined,
    uploadDir: path.resolve(
      /* turbopackIgnore: true */ env.UPLOAD_DIR ?? path.join(dataDir, "uploads"),
    ),
    ticketCategories: env.TICKET_CATEGORIES,
    bans: {
      minutes: env.BAN_MINUTES,
      storeTimeoutMs: env.BAN_STORE_TIMEOUT_MS,
      /** What may happen this often from one address in this window; once more starts a ban. */
      limits: {
        sign_in_failures: {
          limit: env.BAN_SIGN_IN_FAILURE_LIMIT,
          windowSeconds: env.BAN_SIGN_IN_FAILURE_WINDOW_MINUTES * 60,
        },
        link_requests: {
          limit: env.BAN_LINK_REQUEST_LIMIT,
          windowSeconds: env.BAN_LINK_REQUEST_WINDOW_MINUTES * 60,
        },
        ticket_submissions: {
          limit: env.BAN_TICKET_SUBMISSION_LIMIT,
          windowSeconds: env.BAN_TICKET_SUBMISSION_WINDOW_MINUTES * 60,
        },
        requests: { limit: env.BAN_REQUEST_LIMIT, windowSeconds: env.BAN_REQUEST_WINDOW_SECONDS },
      },
      upstash:
        env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN
          ? {
              url: env.UPSTASH_REDIS_REST_URL,
              token: env.UPSTASH_REDIS_REST_TOKEN,
              keyPrefix: env.UPSTASH_KEY_PREFIX,
            }
          : undefined,
    },
  };
}

function resolveDir(value: string | undefined, fallback: string) {
  if (value?.startsWith("memory://")) return value;
  return path.resolve(/* turbopackIgnore: true */ value ?? fallback);
}

let current: Config | undefined;

/** The validated configuration, read from the environment once per process. */
export function getConfig(): Config {
  current ??= buildConfig(process.env);
  return current;
}

export function parseConfig(source: Record<string, string | undefined>): Config {
  return buildConfig(source);
}
