import { z } from "zod";
import { isBanAdminAuthorization } from "@/lib/bans/ban-admin-key";
import { liftBan } from "@/lib/bans/lift-ban";
import { AppError, genericErrorMessage } from "@/lib/errors";
import { log } from "@/lib/log";

const liftRequest = z.object({
  ip: z.string().trim().min(1).max(100),
  by: z.string().trim().min(1).max(200),
});

/**
 * Lifts a ban for `npm run ban:lift` while the portal runs, since only the running portal may
 * open its embedded database. Answers only requests carrying the ban admin key.
 */
export async function POST(request: Request) {
  if (!isBanAdminAuthorization(request.headers.get("authorization"))) {
    return Response.json({ error: "unauthorised" }, { status: 401 });
  }
  const parsed = liftRequest.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return Response.json({ error: 'Send {"ip": …, "by": …}.' }, { status: 400 });
  }

  try {
    return Response.json(await liftBan(parsed.data.ip, parsed.data.by));
  } catch (error) {
    if (error instanceof AppError) {
      const status = error.code === "invalid_input" ? 400 : 503;
      return Response.json({ error: error.userMessage }, { status });
    }
    log.error("ban.lift_route_failed", error);
    return Response.json({ error: genericErrorMessage }, { status: 500 });
  }
}
