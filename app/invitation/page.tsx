import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AcceptInvitationForm } from "@/components/accept-invitation-form";
import { InvitationRegistrationForm } from "@/components/invitation-registration-form";
import { roleLabels } from "@/components/organisation-roles";
import { getActor } from "@/lib/auth/current-actor";
import { inspectInvitation } from "@/lib/organisations/invitation-link";

// The token is in the address: no Referer may carry it to another site.
export const metadata: Metadata = {
  title: "Your invitation",
  referrer: "same-origin",
  robots: { index: false, follow: false },
};

const problems = {
  invalid: "This invitation link is not valid",
  expired: "This invitation has expired",
  used: "This invitation has already been accepted",
  revoked: "This invitation was withdrawn",
} as const;

/**
 * The page an invitation email opens. Opening it spends nothing; the invitee accepts with a
 * POST: signed in as the invited address, with a button; without an account, by registering.
 */
export default async function InvitationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const { token } = await searchParams;
  const tokenText = typeof token === "string" ? token : "";
  const invitation = await inspectInvitation(tokenText);
  if (invitation.status !== "valid") {
    return (
      <div className="flex max-w-xl flex-col gap-4">
        <h1 className="text-3xl font-bold">{problems[invitation.status]}</h1>
        <p className="text-slate-700">
          Ask a Manager of the organisation to send you a new invitation. A resent invitation
          replaces the links sent before it.
        </p>
      </div>
    );
  }

  const actor = await getActor();
  const email = <span className="break-all">{invitation.email}</span>;
  const role = roleLabels[invitation.role];
  const heading = (
    <h1 className="text-3xl font-bold break-words">Join {invitation.organisationName}</h1>
  );
  const loginHref = `/login?callbackUrl=${encodeURIComponent(`/invitation?token=${tokenText}`)}`;

  let body: React.ReactNode;
  if (actor.kind !== "anonymous" && actor.email !== invitation.email) {
    body = (
      <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900">
        This invitation is for {email}, but you are signed in as{" "}
        <span className="break-all">{actor.email}</span>. Sign out and open the link again to accept
        it. The invitation stays open for its addressee.
      </p>
    );
  } else if (actor.kind === "customer") {
    body = (
      <>
        <p className="text-slate-700">
          You are invited as a {role}. Accept to join with {email}.
        </p>
        <AcceptInvitationForm token={tokenText} label="Accept and join" />
      </>
    );
  } else if (invitation.hasAccount) {
    body = (
      <p className="text-slate-700">
        There is an account for {email}. <Link href={loginHref}>Log in to accept</Link> the
        invitation as a {role}.
      </p>
    );
  } else {
    body = (
      <>
        <p className="text-slate-700">
          You are invited as a {role}. Register to join; your address is confirmed by this link.
          Already registered? <Link href={loginHref}>Log in to accept</Link>.
        </p>
        <InvitationRegistrationForm token={tokenText} email={invitation.email} />
      </>
    );
  }
  return (
    <div className="flex max-w-xl flex-col gap-5">
      {heading}
      {body}
    </div>
  );
}
