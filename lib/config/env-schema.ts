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

/** Every environment variable Podpora reads. `.env.example` documents each one. */
export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional().or(z.literal("").transform(() => undefined)),
  PODPORA_DATA_DIR: z.string().trim().min(1).default(".data"),
  PGLITE_DIR: optionalText,
  APP_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  SUPPORT_EMAIL: z.email().default("podpora@soluma.eu"),
  MAIL_FROM: z.string().trim().min(3).default("Podpora <podpora@soluma.eu>"),
  RESEND_API_KEY: optionalText,
  RESEND_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  DEV_MAILBOX: flag,
  TICKET_CATEGORIES: categoryList,
  UPLOAD_DIR: optionalText,
  AUTH_SECRET: z
    .string()
    .trim()
    .min(32, "must be at least 32 characters (try `openssl rand -base64 32`)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  TRUSTED_PROXY_COUNT: z.coerce
    .number()
    .int("must be a whole number")
    .min(0, "must be 0 or more")
    .max(10, "must be 10 or fewer")
    .default(0),
});

export type Env = z.infer<typeof envSchema>;
