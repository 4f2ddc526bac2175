import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { getConfig } from "@/lib/config/config";

export type CronVerdict = "off" | "refused" | "allowed";

const digest = (text: string) => createHash("sha256").update(text).digest();

/**
 * Whether a request may run the scheduled delivery: it must carry `Authorization: Bearer
 * <CRON_SECRET>`, the header Vercel Cron sends. Without a configured secret the route is "off".
 * Both sides are hashed first, so the comparison takes as long whatever the header's length.
 */
export function checkCronAuthorisation(
  authorization: string | null,
  secret = getConfig().mail.cronSecret,
): CronVerdict {
  if (!secret) return "off";
  const given = digest(authorization ?? "");
  const expected = digest(`Bearer ${secret}`);
  return timingSafeEqual(given, expected) ? "allowed" : "refused";
}
