import "server-only";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/current-actor";

export type Agent = Extract<Actor, { kind: "agent" }>;

/**
 * The actor if they are an active member of the support team. Anyone else (anonymous, guest,
 * customer, organisation manager, deactivated agent) gets "not found": the console does not
 * exist for them. Every staff entry point in lib/ starts with this or `adminOnly`.
 */
export function agentOnly(actor: Actor): Agent {
  if (actor.kind !== "agent") notFound();
  return actor;
}

/** The actor if they are an active admin; everyone else, agents included, gets "not found". */
export function adminOnly(actor: Actor): Agent {
  const agent = agentOnly(actor);
  if (agent.staffRole !== "admin") notFound();
  return agent;
}
