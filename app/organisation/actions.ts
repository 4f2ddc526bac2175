"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import type { z } from "zod";
import {
  accepted,
  type FormState,
  fieldErrorsFrom,
  readTextFields,
  refused,
} from "@/components/form-state";
import { getActor } from "@/lib/auth/current-actor";
import { kickOutboxSender } from "@/lib/mail/start-outbox-sender";
import { changeRole } from "@/lib/organisations/change-role";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { inviteUser } from "@/lib/organisations/invite-user";
import { leaveOrganisation } from "@/lib/organisations/leave-organisation";
import {
  invitationIdInput,
  invitationInput,
  memberInput,
  organisationNameInput,
  roleChangeInput,
} from "@/lib/organisations/organisation-input";
import { removeMember } from "@/lib/organisations/remove-member";
import { renameOrganisation } from "@/lib/organisations/rename-organisation";
import { resendInvitation } from "@/lib/organisations/resend-invitation";
import { revokeInvitation } from "@/lib/organisations/revoke-invitation";
import { currentClientIp } from "@/lib/security/client-ip";
import { messageFor } from "./action-message";
import type { ActionState } from "./action-state";
import { memberAction } from "./member-action";

export type NameFormState = FormState<"name">;
export type InviteFormState = FormState<"email" | "role">;

export async function createOrganisationAction(previous: NameFormState, formData: FormData) {
  const values = readTextFields(formData, ["name"]);
  const parsed = organisationNameInput.safeParse(values);
  if (!parsed.success) {
    return refused(previous, values, { fieldErrors: fieldErrorsFrom(parsed.error.issues) });
  }
  try {
    await createOrganisation(await getActor(), parsed.data);
  } catch (error) {
    return refused(previous, values, {
      formError: messageFor(error, "organisation.create_failed"),
    });
  }
  revalidatePath("/", "layout");
  redirect("/organisation");
}

export async function renameOrganisationAction(previous: NameFormState, formData: FormData) {
  const values = readTextFields(formData, ["name"]);
  const parsed = organisationNameInput.safeParse(values);
  if (!parsed.success) {
    return refused(previous, values, { fieldErrors: fieldErrorsFrom(parsed.error.issues) });
  }
  try {
    await renameOrganisation(await getActor(), parsed.data);
  } catch (error) {
    return refused(previous, values, {
      formError: messageFor(error, "organisation.rename_failed"),
    });
  }
  revalidatePath("/organisation", "layout");
  return accepted(previous, parsed.data);
}

export async function inviteUserAction(previous: InviteFormState, formData: FormData) {
  const values = readTextFields(formData, ["email", "role"]);
  const parsed = invitationInput.safeParse(values);
  if (!parsed.success) {
    return refused(previous, values, { fieldErrors: fieldErrorsFrom(parsed.error.issues) });
  }
  try {
    await inviteUser(await getActor(), parsed.data, await currentClientIp());
  } catch (error) {
    return refused(previous, values, {
      formError: messageFor(error, "organisation.invite_failed"),
    });
  }
  after(kickOutboxSender);
  revalidatePath("/organisation");
  return accepted(previous, { email: parsed.data.email });
}

export async function changeRoleAction(previous: ActionState, formData: FormData) {
  const actor = await getActor();
  const change = (input: z.output<typeof roleChangeInput>) => changeRole(actor, input);
  return memberAction(previous, formData, roleChangeInput, change, "The role has been changed.");
}

export async function removeMemberAction(previous: ActionState, formData: FormData) {
  const actor = await getActor();
  // Read before the removal, while the member is still in the organisation's view.
  const remove = async (input: z.output<typeof memberInput>) => {
    const view = await getOrganisation(actor);
    const member = view?.members.find((candidate) => candidate.userId === input.userId);
    await removeMember(actor, input);
    return member ? member.name || member.email : "The member";
  };
  return memberAction(
    previous,
    formData,
    memberInput,
    remove,
    (member) => `${member} has been removed from the organisation.`,
  );
}

export async function resendInvitationAction(previous: ActionState, formData: FormData) {
  const actor = await getActor();
  const resend = ({ invitationId }: { invitationId: string }) =>
    resendInvitation(actor, invitationId);
  return memberAction(
    previous,
    formData,
    invitationIdInput,
    resend,
    "The invitation was sent again.",
  );
}

export async function revokeInvitationAction(previous: ActionState, formData: FormData) {
  const actor = await getActor();
  const revoke = ({ invitationId }: { invitationId: string }) =>
    revokeInvitation(actor, invitationId);
  return memberAction(previous, formData, invitationIdInput, revoke, "The invitation was revoked.");
}

export async function leaveOrganisationAction(
  previous: ActionState,
  _formData: FormData,
): Promise<ActionState> {
  try {
    await leaveOrganisation(await getActor());
  } catch (error) {
    return { attempt: previous.attempt + 1, error: messageFor(error, "organisation.leave_failed") };
  }
  revalidatePath("/", "layout");
  redirect("/my-tickets");
}
