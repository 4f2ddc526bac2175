import "server-only";
import { getConfig } from "@/lib/config/config";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { banKeyFor } from "./ban-key";
import { getBanStore } from "./get-ban-store";
import { withinBound } from "./within-bound";

export interface LiftedBan {
  /** The key the ban was kept under: the address, or the /64 of an IPv6 address. */
  ip: string;
  /** How many bans in force were ended: 0 when the address was not banned. */
  lifted: number;
}

/**
 * Lifts the ban on an address at once, by hand: `npm run ban:lift` now, the staff console's
 * Blocked IPs screen later. Its counts start afresh. `by` names who lifted it, for the history.
 */
export async function liftBan(address: string, by: string, now = new Date()): Promise<LiftedBan> {
  const ip = banKeyFor(address);
  if (!ip) {
    throw new AppError("invalid_input", "Not an IP address", `“${address}” is not an IP address.`);
  }

  const result = await withinBound(
    () => getBanStore().lift(ip, by, now),
    getConfig().bans.storeTimeoutMs,
  );
  if (!result.ok) {
    if (result.reason === "error") log.error("ban.lift_failed", result.error, { ip, by });
    else log.warn("ban.lift_failed", { ip, by, cause: "timeout" });
    throw new AppError(
      "unavailable",
      `Ban store ${result.reason} while lifting`,
      "The ban store did not answer in time, so the ban may still be in place. Try again.",
    );
  }
  log.info("ban.lifted", { ip, by, lifted: result.value });
  return { ip, lifted: result.value };
}
