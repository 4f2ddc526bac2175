// Types for graceful-shutdown.mjs, which stays plain JavaScript so that server.mjs can load it.
import type { Server } from "node:http";

export interface ShutdownOptions {
  /** How long requests in flight may take to finish before they are cut (default 10 s). */
  graceMs?: number;
  /** Stops the application after the server; defaults to the one lib/stop-server.ts registers. */
  stopApplication?: () => Promise<void>;
  /** Where the JSON log lines go (default stdout). */
  write?: (line: string) => unknown;
}

export declare function gracefulShutdown(server: Server): {
  shutDown: (options?: ShutdownOptions) => Promise<0 | 1>;
  onSignals: (options?: ShutdownOptions) => void;
};
