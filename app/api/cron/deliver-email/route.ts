import { log } from "@/lib/log";
import { checkCronAuthorisation } from "@/lib/mail/cron-authorisation";
import { deliverInBatches } from "@/lib/mail/deliver-in-batches";
import { getConfiguredSender } from "@/lib/mail/resend-sender";

// Room for a last batch whose every send waits out Resend's timeout (Vercel reads this).
export const maxDuration = 300;

/**
 * Delivers and retries the outbox when a scheduler calls (Vercel Cron, or any cron with curl),
 * for hosts where the portal keeps no process running. Answers only a caller with CRON_SECRET.
 */
export async function GET(request: Request) {
  const verdict = checkCronAuthorisation(request.headers.get("authorization"));
  if (verdict === "off") return Response.json({ error: "Not found." }, { status: 404 });
  if (verdict === "refused") {
    return Response.json(
      { error: "Send the cron secret as Authorization: Bearer <CRON_SECRET>." },
      { status: 401, headers: { "www-authenticate": "Bearer" } },
    );
  }

  const sender = getConfiguredSender();
  if (!sender) {
    const error = "RESEND_API_KEY is not set, so no email can be sent.";
    return Response.json({ error }, { status: 503 });
  }

  try {
    const counts = await deliverInBatches({ sender });
    log.info("outbox.cron_delivered", { ...counts });
    return Response.json(counts);
  } catch (error) {
    log.error("outbox.cron_delivery_failed", error);
    const message = "The delivery run failed; the portal's log has the details.";
    return Response.json({ error: message }, { status: 500 });
  }
}
