import "server-only";
import { z } from "zod";
import { requiredText } from "@/lib/text/required-text";
import { emailAddress } from "@/lib/users/email-address";

/** Cleaned like other names: no control characters or direction overrides. */
export const organisationName = requiredText("the organisation's name", 100);

export const organisationRoleInput = z.enum(["manager", "user"], {
  error: "Choose a role: Manager or User.",
});

export const invitationInput = z.object({ email: emailAddress, role: organisationRoleInput });

export const organisationNameInput = z.object({ name: organisationName });

export const memberInput = z.object({ userId: z.string().min(1).max(100) });

export const roleChangeInput = z.object({
  userId: z.string().min(1).max(100),
  role: organisationRoleInput,
});

export const invitationIdInput = z.object({ invitationId: z.uuid() });

/** The portal's names for the two roles. */
export const roleLabels = { manager: "Manager", user: "User" } as const;
