"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { type FormState, fieldErrorsFrom, readTextFields, refused } from "@/components/form-state";
import { registrationInput } from "@/lib/auth/auth-input";
import { getActor } from "@/lib/auth/current-actor";
import { startSession } from "@/lib/auth/sessions";
import { acceptInvitation } from "@/lib/organisations/accept-invitation";
import { registerFromInvitation } from "@/lib/organisations/register-from-invitation";
import { currentClientIp } from "@/lib/security/client-ip";
import { messageFor } from "../organisation/action-message";
import type { ActionState } from "../organisation/action-state";

const token = z.string().max(100);

/** The button on the invitation page for the signed-in invitee: spends the link and joins. */
export async function acceptInvitationAction(
  previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = token.safeParse(formData.get("token"));
  const attempt = previous.attempt + 1;
  if (!parsed.success) return { attempt, error: "This invitation link is not valid." };
  try {
    await acceptInvitation(await getActor(), parsed.data, await currentClientIp());
  } catch (error) {
    return { attempt, error: messageFor(error, "organisation.accept_failed") };
  }
  redirect("/organisation");
}

export type InvitationRegistrationState = FormState<"name" | "password">;

const registration = registrationInput.pick({ name: true, password: true });

/** Register from an invitation: the link proved the address, so the account is active at once. */
export async function registerFromInvitationAction(
  previous: InvitationRegistrationState,
  formData: FormData,
) {
  const values = readTextFields(formData, ["name", "password", "token"]);
  const parsed = registration.safeParse(values);
  const tokenText = token.safeParse(values.token);
  const kept = { name: values.name };
  if (!parsed.success) {
    return refused(previous, kept, { fieldErrors: fieldErrorsFrom(parsed.error.issues) });
  }
  if (!tokenText.success) {
    return refused(previous, kept, { formError: "This invitation link is not valid." });
  }
  let userId: string;
  try {
    const input = { ...parsed.data, token: tokenText.data };
    ({ userId } = await registerFromInvitation(input, await currentClientIp()));
  } catch (error) {
    return refused(previous, kept, {
      formError: messageFor(error, "organisation.register_failed"),
    });
  }
  await startSession(userId);
  redirect("/organisation");
}
