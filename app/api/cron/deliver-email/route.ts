import { pruneUnclaimedUploads } from "@/lib/files/prune-unclaimed-uploads";
import { usesUploadThing } from "@/lib/files/uploadthing-settings";
import { log } from "@/lib/log";
import { checkCronAuthorisation } from "@/lib/mail/cron-authorisation";
import { deliverInBatches } from "@/lib/mail/deliver-in-batches";
import { getConfiguredSender } from "@/lib/mail/resend-sender";

// Room for a last batch whose every send waits out Resend's timeout (Vercel reads this).
export const maxDuration = 300;

/**
 * Delivers and retries the outbox when a scheduler calls (Vercel Cron, or any cron with curl),
 * for hosts where the portal keeps no process running; with UploadThing, it also deletes the
 * unclaimed uploads, which such hosts have no timer for. Answers only a caller with CRON_SECRET.
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

  // Delivery first: a slow UploadThing must not hold up the mail.
  const delivery = await deliver();
  const pruning = await pruneUploads();
  return Response.json({ ...delivery.body, ...pruning }, { status: delivery.status });
}

async function deliver(): Promise<{ status: number; body: object }> {
  const sender = getConfiguredSender();
  if (!sender) {
    return { status: 503, body: { error: "RESEND_API_KEY is not set, so no email can be sent." } };
  }
  try {
    const counts = await deliverInBatches({ sender });
    log.info("outbox.cron_delivered", { ...counts });
    return { status: 200, body: counts };
  } catch (error) {
    log.error("outbox.cron_delivery_failed", error);
    const message = "The delivery run failed; the portal's log has the details.";
    return { status: 500, body: { error: message } };
  }
}

/** Runs whether or not mail could be sent; a failure is logged, and left out of the answer. */
async function pruneUploads(): Promise<{ prunedUploads?: number }> {
  if (!usesUploadThing()) return {};
  try {
    const prunedUploads = await pruneUnclaimedUploads();
    if (prunedUploads > 0) log.info("upload.unclaimed_pruned", { pruned: prunedUploads });
    return { prunedUploads };
  } catch (error) {
    log.error("upload.cron_pruning_failed", error);
    return {};
  }
}
