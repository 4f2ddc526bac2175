import "server-only";
import {
  countRecentEvents,
  detachEventFromEmail,
  recordSecurityEvent,
  type SecurityEventKind,
} from "./security-events";

/**
 * How many emailed links are sent in a window. A client is its IP address as bans key it (an
 * IPv6 client is its /64). A request is served when all of these hold, each count taking in
 * the request itself:
 *
 * - the client has asked for links, for any addresses, at most `perIp` times;
 * - the client has been sent links for this address at most `perEmailAndIp` times;
 * - everyone has been sent links for this address at most `perEmail` times, or else the client
 *   at most `perEmailAndIpWhenFull` times and everyone at most `perEmailCeiling` times.
 *
 * A refused request counts against the client that sent it, never against the address. So one
 * client uses up at most `perEmailAndIp` of an address's `perEmail`, and once strangers have
 * used it all up, the owner, from their own connection, still gets a few links. Only
 * `perEmailCeiling`, which bounds the mail strangers can make the portal send to one address,
 * stops the owner too, and strangers reach it only from many networks in one window (eleven,
 * with these numbers).
 */
export const linkRequestLimits = {
  perIp: 20,
  perEmailAndIp: 5,
  perEmail: 20,
  perEmailAndIpWhenFull: 3,
  perEmailCeiling: 40,
  windowMinutes: 60,
} as const;

/**
 * Counts a request for an emailed link (sign-in, guest access, registration, reset) and says
 * whether it is within the limits. The answer never depends on whether the address is known.
 */
export async function allowLinkRequest(
  kind: Extract<SecurityEventKind, "link_requested" | "registration_requested">,
  ip: string,
  email: string,
): Promise<boolean> {
  const limits = linkRequestLimits;
  // Recorded before counting, so that parallel requests count one another.
  const { eventId } = await recordSecurityEvent(kind, ip, email);
  const [fromClient, forPair, forEmail] = await Promise.all([
    countRecentEvents(kind, { ip }, limits.windowMinutes),
    countRecentEvents(kind, { email, ip }, limits.windowMinutes),
    countRecentEvents(kind, { email }, limits.windowMinutes),
  ]);

  const allowed =
    fromClient <= limits.perIp &&
    forPair <= limits.perEmailAndIp &&
    (forEmail <= limits.perEmail ||
      (forPair <= limits.perEmailAndIpWhenFull && forEmail <= limits.perEmailCeiling));
  if (!allowed) await detachEventFromEmail(eventId);
  return allowed;
}
