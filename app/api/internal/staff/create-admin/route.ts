import { z } from "zod";
import { isBanAdminAuthorization } from "@/lib/bans/ban-admin-key";
import { AppError, genericErrorMessage } from "@/lib/errors";
import { log } from "@/lib/log";
import { addStaffMember } from "@/lib/staff/add-staff-member";

const createRequest = z.object({ email: z.string().max(254) });

/**
 * Creates an admin for `npm run staff:create-admin` while the portal runs, since only the
 * running portal may open its embedded database. Answers only requests carrying the operator
 * key (the one `ban:lift` shows), derived from the auth secret.
 */
export async function POST(request: Request) {
  if (!isBanAdminAuthorization(request.headers.get("authorization"))) {
    return Response.json({ error: "unauthorised" }, { status: 401 });
  }
  const parsed = createRequest.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'Send {"email": …}.' }, { status: 400 });

  try {
    const { userId } = await addStaffMember({ email: parsed.data.email, role: "admin" }, null);
    return Response.json({ userId });
  } catch (error) {
    if (error instanceof AppError)
      return Response.json({ error: error.userMessage }, { status: 400 });
    log.error("staff.create_admin_route_failed", error);
    return Response.json({ error: genericErrorMessage }, { status: 500 });
  }
}
