import "server-only";

/** Says how long a link keeps working, e.g. "1 hour" or "15 minutes". */
export function linkLifetime(amount: number, unit: "minute" | "hour"): string {
  return `${amount} ${unit}${amount === 1 ? "" : "s"}`;
}
