import "server-only";
import { countRecentEvents, recordSecurityEvent, type SecurityEventKind } from "./security-events";

/**
 * Emailed links that may be asked for in a window: for one address from one IP address, for
 * one address in all (so a mailbox cannot be flooded), and from one IP address. The first is
 * the tight one: a stranger asking for someone's links from elsewhere uses up only the
 * looser total, so the owner can still get their own.
 */
export const linkRequestLimits = {
  perEmailAndIp: 5,
  perEmail: 20,
  perIp: 20,
  windowMinutes: 60,
} as const;

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
  const { perEmailAndIp, perEmail, perIp, windowMinutes } = linkRequestLimits;
  await recordSecurityEvent(kind, ip, email);
  const [byPair, byEmail, byIp] = await Promise.all([
    countRecentEvents(kind, { email, ip }, windowMinutes),
    countRecentEvents(kind, { email }, windowMinutes),
    countRecentEvents(kind, { ip }, windowMinutes),
  ]);
  return byPair <= perEmailAndIp && byEmail <= perEmail && byIp <= perIp;
}
