import "server-only";
import { countRecentEvents, recordSecurityEvent, type SecurityEventKind } from "./security-events";

/** Emailed links one address, and one IP address, may ask for in a window. */
export const linkRequestLimits = { perEmail: 5, perIp: 20, windowMinutes: 60 } as const;

/**
 * Counts a request for an emailed link (sign-in, guest access, registration, reset) and says
 * whether it is within the limits. Refused requests count too, so a flood stays refused. The
 * answer never depends on whether the address is known.
 */
export async function allowLinkRequest(
  kind: Extract<SecurityEventKind, "link_requested" | "registration_requested">,
  ip: string,
  email: string,
): Promise<boolean> {
  const { perEmail, perIp, windowMinutes } = linkRequestLimits;
  await recordSecurityEvent(kind, ip, email);
  const [byEmail, byIp] = await Promise.all([
    countRecentEvents(kind, { email }, windowMinutes),
    countRecentEvents(kind, { ip }, windowMinutes),
  ]);
  return byEmail <= perEmail && byIp <= perIp;
}
