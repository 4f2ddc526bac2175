import "server-only";

export type AppErrorCode = "invalid_input" | "not_found" | "forbidden" | "conflict" | "unavailable";

/**
 * An error whose `userMessage` is safe to show. Anything else that is thrown is logged and
 * shown to people as a generic message.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly userMessage: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const genericErrorMessage =
  "Something went wrong on our side and nothing was saved. Please try again in a moment.";
