import { checkHealth } from "@/lib/health/check-health";

// Never answered at build time or from a cache: each probe must ask the database now.
export const dynamic = "force-dynamic";

/**
 * For load balancers and monitors, so public on purpose: it answers only with states, never
 * with a hostname or an error text. 200 while the database answers, 503 while it does not.
 */
export async function GET() {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === "down" ? 503 : 200,
    headers: { "cache-control": "no-store" },
  });
}
