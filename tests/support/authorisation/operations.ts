import type { Exemptions } from "./row";

/**
 * Routes for the machines that run the portal rather than for people: open to anyone by design,
 * and they answer with states only, never with data or a host's name.
 */
export const operationsExemptions: Exemptions = {
  "app/api/health/route.ts#GET": "load balancers ask without credentials; states only",
};
