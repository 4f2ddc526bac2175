import type { Actor } from "@/lib/auth/current-actor";
import type { CallerKind, World } from "./world";

/** One line of the authorisation matrix. */
export interface MatrixRow {
  /** What is being done, as a sentence. */
  name: string;
  /** The server actions and route handlers it stands for: "app/…/actions.ts#exportName". */
  covers: string[];
  /** The callers who may do it; every other caller must be refused. */
  allowed: CallerKind[];
  /** Calls the lib entry point as `caller`; true when it was allowed, false when refused. */
  run: (caller: Actor, world: World) => Promise<boolean>;
}

/** Server actions outside the matrix, each with the reason (open to anyone by design, …). */
export type Exemptions = Record<string, string>;
