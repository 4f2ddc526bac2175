import type { Metadata } from "next";
import { connection } from "next/server";
import { ConfirmRegistrationForm } from "@/components/confirm-registration-form";
import { LinkButtonForm } from "@/components/link-button-form";
import { NewPasswordForm } from "@/components/new-password-form";
import { inspectLinkToken } from "@/lib/auth/link-tokens";
import { LinkProblem } from "./link-problem";

// The token is in the address: no Referer may carry it to another site. next.config.ts sends
// the same policy as a header.
export const metadata: Metadata = {
  title: "Your emailed link",
  referrer: "same-origin",
  robots: { index: false, follow: false },
};

/**
 * The page an emailed link opens. Opening it spends nothing (mail scanners and link previews
 * fetch links too); only the button or form below, a POST, does.
 */
export default async function EmailedLinkPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const { token } = await searchParams;
  const tokenText = typeof token === "string" ? token : "";
  const link = await inspectLinkToken(tokenText);
  if (link.status === "invalid") return <LinkProblem problem="invalid" />;
  if (link.status !== "valid") return <LinkProblem problem={link.status} purpose={link.purpose} />;

  const email = <span className="break-all">{link.email}</span>;
  if (link.purpose === "reset_password") {
    return (
      <div className="flex max-w-xl flex-col gap-5">
        <h1 className="text-3xl font-bold">Choose a new password</h1>
        <p className="text-slate-700">
          For {email}. Saving it signs you in here and signs out every other browser.
        </p>
        <NewPasswordForm token={tokenText} />
      </div>
    );
  }
  if (link.purpose === "verify_email") {
    return (
      <div className="flex max-w-xl flex-col gap-5">
        <h1 className="text-3xl font-bold">Confirm your email address</h1>
        <p className="text-slate-700">
          To finish registering {email}, enter the password you chose when you registered. You then
          go to My Tickets. If you did not register, ignore the email: without that password nothing
          happens.
        </p>
        <ConfirmRegistrationForm token={tokenText} email={link.email} />
      </div>
    );
  }
  return (
    <div className="flex max-w-xl flex-col gap-5">
      <h1 className="text-3xl font-bold">Sign in as {email}</h1>
      <p className="text-slate-700">This link signs you in once. Continue to My Tickets:</p>
      <LinkButtonForm token={tokenText} label="Sign in" />
    </div>
  );
}
