import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== ""
      );
    } catch {
      return false;
    }
  }, "must be a postgres:// or postgresql:// URL with a host, e.g. postgres://user:pass@host:5432/podpora");

const flag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) =>
    value === undefined || value === "" ? undefined : value === "true" || value === "1",
  );

const categoryList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "General question,Technical problem,Billing,Account access,Feature request")
      .split(",")
      .map((category) => category.trim())
      .filter((category) => category !== ""),
  )
  .pipe(z.array(z.string().max(60)).min(1, "must name at least one category"));

const emptyAsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema);

/** A whole number from 1 to `max`; unset or empty gives `fallback`. */
const count = (max: number, fallback: number) =>
  emptyAsUnset(
    z.coerce
      .number()
      .int("must be a whole number")
      .min(1, "must be 1 or more")
      .max(max, `must be ${max} or fewer`)
      .default(fallback),
  );

function isUploadThingToken(value: string): boolean {
  try {
    const token = JSON.parse(Buffer.from(value, "base64").toString("utf8"));
    return (
      String(token.apiKey).startsWith("sk_") &&
      typeof token.appId === "string" &&
      Array.isArray(token.regions) &&
      token.regions.length > 0
    );
  } catch {
    return false;
  }
}

/** Every environment variable Podpora reads. `.env.example` documents each one. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: postgresUrl.optional().or(z.literal("").transform(() => undefined)),
    PODPORA_DATA_DIR: z.string().trim().min(1).default(".data"),
    PGLITE_DIR: optionalText,
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    APP_URL: z.url({ protocol: /^https?$/ }).optional(),
    SUPPORT_EMAIL: z.email().default("podpora@soluma.eu"),
    MAIL_FROM: z.string().trim().min(3).default("Podpora <podpora@soluma.eu>"),
    RESEND_API_KEY: optionalText,
    RESEND_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
    DEV_MAILBOX: flag,
    OUTBOX_SENDER: emptyAsUnset(z.enum(["on", "off"]).default("on")),
    CRON_SECRET: z
      .string()
      .trim()
      .min(16, "must be at least 16 characters (try `openssl rand -base64 32`)")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    TICKET_CATEGORIES: categoryList,
    UPLOAD_DIR: optionalText,
    UPLOADTHING_TOKEN: optionalText.refine(
      (value) => value === undefined || isUploadThingToken(value),
      "must be the token from the UploadThing dashboard (base64 JSON with apiKey, appId, regions)",
    ),
    UPLOADTHING_INGEST_URL: z.url({ protocol: /^https?$/ }).optional(),
    UPLOADTHING_API_URL: z.url({ protocol: /^https?$/ }).optional(),
    UPLOADTHING_UFS_HOST: optionalText,
    AUTH_SECRET: z
      .string()
      .trim()
      .min(32, "must be at least 32 characters (try `openssl rand -base64 32`)")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    // Read by Next.js itself, at build and at start; checked here so a bad key is named.
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optionalText.refine(
      (value) =>
        value === undefined ||
        (/^[A-Za-z0-9+/]+={0,2}$/.test(value) &&
          [16, 24, 32].includes(Buffer.from(value, "base64").length)),
      "must be 16, 24 or 32 random bytes in base64 (try `openssl rand -base64 32`)",
    ),
    TRUSTED_PROXY_COUNT: z.coerce
      .number()
      .int("must be a whole number")
      .min(0, "must be 0 or more")
      .max(10, "must be 10 or fewer")
      .default(0),
    BAN_MINUTES: count(7 * 24 * 60, 10),
    BAN_SIGN_IN_FAILURE_LIMIT: count(10_000, 5),
    BAN_SIGN_IN_FAILURE_WINDOW_MINUTES: count(24 * 60, 15),
    BAN_LINK_REQUEST_LIMIT: count(10_000, 30),
    BAN_LINK_REQUEST_WINDOW_MINUTES: count(24 * 60, 60),
    BAN_TICKET_SUBMISSION_LIMIT: count(10_000, 20),
    BAN_TICKET_SUBMISSION_WINDOW_MINUTES: count(24 * 60, 10),
    BAN_REQUEST_LIMIT: count(10_000_000, 600),
    BAN_REQUEST_WINDOW_SECONDS: count(24 * 60 * 60, 60),
    BAN_STORE_TIMEOUT_MS: count(1_000, 300),
    UPSTASH_REDIS_REST_URL: z
      .url({ protocol: /^https?$/ })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    UPSTASH_REDIS_REST_TOKEN: optionalText,
    UPSTASH_KEY_PREFIX: emptyAsUnset(
      z
        .string()
        .regex(/^[\w:.-]{1,60}$/, "must be 1 to 60 letters, digits or _ : . -")
        .default("podpora"),
    ),
  })
  .superRefine((env, context) => {
    const url = Boolean(env.UPSTASH_REDIS_REST_URL);
    if (url !== Boolean(env.UPSTASH_REDIS_REST_TOKEN)) {
      context.addIssue({
        code: "custom",
        path: [url ? "UPSTASH_REDIS_REST_TOKEN" : "UPSTASH_REDIS_REST_URL"],
        message: "must be set together with the other UPSTASH_REDIS_REST_ variable",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;
