import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { getConfig } from "@/lib/config/config";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { allowLinkRequest } from "@/lib/security/link-request-limits";
import { issueLinkToken, linkLifetimeMinutes, linkUrl } from "./link-tokens";
import { hashPassword } from "./passwords";
import type { LinkRequestResult } from "./request-sign-in-link";

/**
 * Starts a registration: the account exists only once the emailed link is used, so nobody can
 * claim an address they cannot read. An address that already has an account gets an email
 * saying so; the answer on the page is the same either way.
 */
export async function requestRegistration(request: {
  name: string;
  email: string;
  password: string;
  ip: string;
}): Promise<LinkRequestResult> {
  if (!(await allowLinkRequest("registration_requested", request.ip, request.email))) {
    return { ok: false, reason: "too_many_requests" };
  }

  const passwordHash = await hashPassword(request.password);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.email, request.email));
    if (existing?.passwordHash) {
      const { appUrl } = getConfig();
      await enqueueEmail(tx, {
        recipient: request.email,
        template: "account_exists",
        data: { loginUrl: `${appUrl}/login`, resetUrl: `${appUrl}/forgot-password` },
      });
      return;
    }
    const token = await issueLinkToken(tx, {
      email: request.email,
      purpose: "verify_email",
      pendingName: request.name,
      pendingPasswordHash: passwordHash,
    });
    await enqueueEmail(tx, {
      recipient: request.email,
      template: "verify_email",
      data: {
        name: request.name,
        link: linkUrl(token),
        expiresInHours: linkLifetimeMinutes.verify_email / 60,
      },
    });
  });
  return { ok: true };
}
