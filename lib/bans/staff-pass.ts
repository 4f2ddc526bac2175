import "server-only";
import { actorFromRequest } from "@/lib/auth/actor-from-request";
import { log } from "@/lib/log";

const consolePaths = ["/staff", "/attachments"];

/**
 * Whether a request from a banned address goes ahead anyway: a signed-in, active member of the
 * support team working in the console (and downloading its attachments). In an office where
 * customers and the team share one address, a ban would otherwise lock the team out of the very
 * screen where bans are lifted. Anything that goes wrong reading the session keeps the ban.
 */
export async function staffPassesBan(request: Request, pathname: string): Promise<boolean> {
  const inConsole = consolePaths.some(
    (path) => pathname === path || pathname.startsWith(`${path}/`),
  );
  if (!inConsole) return false;
  try {
    return (await actorFromRequest(request)).kind === "agent";
  } catch (error) {
    log.error("ban.staff_pass_failed", error);
    return false;
  }
}
