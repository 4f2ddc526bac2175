import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { allowLinkRequest } from "@/lib/security/link-request-limits";
import { issueLinkToken, linkLifetimeMinutes, linkUrl } from "./link-tokens";
import type { LinkRequestResult } from "./request-sign-in-link";

/** Emails a link to set a new password, if the address has an account; answers alike if not. */
export async function requestPasswordReset(request: {
  email: string;
  ip: string;
}): Promise<LinkRequestResult> {
  if (!(await allowLinkRequest("link_requested", request.ip, request.email))) {
    return { ok: false, reason: "too_many_requests" };
  }

  const db = await getDb();
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.email, request.email));
    if (!user?.passwordHash) return;
    const token = await issueLinkToken(tx, { email: request.email, purpose: "reset_password" });
    await enqueueEmail(tx, {
      recipient: request.email,
      template: "reset_password",
      data: { link: linkUrl(token), expiresInMinutes: linkLifetimeMinutes.reset_password },
    });
  });
  return { ok: true };
}
