import "server-only";
import { AppError } from "@/lib/errors";

/** The refusals organisation actions answer with; each user message says what to do instead. */
export const refusals = {
  notManager: () =>
    new AppError(
      "forbidden",
      "Organisation action by a non-manager",
      "Only a Manager of your organisation can do this.",
    ),
  notMember: () =>
    new AppError(
      "forbidden",
      "Organisation action by a non-member",
      "You are not in an organisation.",
    ),
  lastManager: () =>
    new AppError(
      "conflict",
      "Change would leave no manager",
      "An organisation needs at least one Manager. Make someone else a Manager first.",
    ),
  memberNotFound: () =>
    new AppError("not_found", "Member not found", "This person is not in your organisation."),
  invitationNotFound: () =>
    new AppError(
      "not_found",
      "Invitation not found",
      "This invitation is no longer pending. It may have been accepted or revoked.",
    ),
  alreadyMember: () =>
    new AppError(
      "conflict",
      "Customer already in an organisation",
      "You already belong to an organisation. Leave it first to create or join another.",
    ),
};
