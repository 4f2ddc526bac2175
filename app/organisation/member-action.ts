import "server-only";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import type { z } from "zod";
import { kickOutboxSender } from "@/lib/mail/start-outbox-sender";
import { messageFor } from "./action-message";
import type { ActionState } from "./action-state";

/**
 * Runs a one-button action on the Users tab: parse, act as the current actor, answer. The notice
 * is a text, or made from what the action returned.
 */
export async function memberAction<Schema extends z.ZodType, Result>(
  previous: ActionState,
  formData: FormData,
  schema: Schema,
  act: (input: z.output<Schema>) => Promise<Result>,
  notice: string | ((result: Result) => string),
): Promise<ActionState> {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  const attempt = previous.attempt + 1;
  if (!parsed.success)
    return { attempt, error: "This request was not understood. Reload the page." };
  let result: Result;
  try {
    result = await act(parsed.data);
  } catch (error) {
    return { attempt, error: messageFor(error, "organisation.action_failed") };
  }
  after(kickOutboxSender);
  revalidatePath("/organisation", "layout");
  return { attempt, notice: typeof notice === "string" ? notice : notice(result) };
}
