import "server-only";
import { getActor } from "@/lib/auth/current-actor";
import { type Agent, adminOnly, agentOnly } from "./agent-only";

/** The signed-in, active agent, for pages and server actions; anyone else gets "not found". */
export async function requireAgent(): Promise<Agent> {
  return agentOnly(await getActor());
}

/** The signed-in, active admin, for pages and server actions; anyone else gets "not found". */
export async function requireAdmin(): Promise<Agent> {
  return adminOnly(await getActor());
}
