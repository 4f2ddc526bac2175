import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { log } from "@/lib/log";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { allowLinkRequest } from "@/lib/security/link-request-limits";
import { issueLinkToken, linkLifetimeMinutes, linkUrl } from "./link-tokens";

export type LinkRequestResult = { ok: true } | { ok: false; reason: "too_many_requests" };

/**
 * Emails a one-time sign-in link to an address Podpora knows: a customer with an account, or
 * a guest who has sent a ticket. The answer is the same whether or not the address is known.
 */
export async function requestSignInLink(request: {
  email: string;
  ip: string;
  context: "sign_in" | "track";
}): Promise<LinkRequestResult> {
  if (!(await allowLinkRequest("link_requested", request.ip, request.email))) {
    return { ok: false, reason: "too_many_requests" };
  }

  const db = await getDb();
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, request.email));
    if (!user) return;
    const token = await issueLinkToken(tx, { email: request.email, purpose: "sign_in" });
    await enqueueEmail(tx, {
      recipient: request.email,
      template: "sign_in_link",
      data: {
        link: linkUrl(token),
        context: request.context,
        expiresInMinutes: linkLifetimeMinutes.sign_in,
      },
    });
    log.info("auth.sign_in_link_sent", { userId: user.id, context: request.context });
  });
  return { ok: true };
}
