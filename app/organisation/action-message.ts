import "server-only";
import { AppError, genericErrorMessage } from "@/lib/errors";
import { log } from "@/lib/log";

/** The message to show for what a lib function threw: its safe text, or the generic one. */
export function messageFor(error: unknown, event: string): string {
  if (error instanceof AppError) return error.userMessage;
  log.error(event, error);
  return genericErrorMessage;
}
