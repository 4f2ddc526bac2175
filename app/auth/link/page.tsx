import type { Metadata } from "next";
import { connection } from "next/server";
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
  const signIn = link.purpose === "sign_in";
  return (
    <div className="flex max-w-xl flex-col gap-5">
      <h1 className="text-3xl font-bold">
        {signIn ? <>Sign in as {email}</> : "Confirm your email address"}
      </h1>
      <p className="text-slate-700">
        {signIn ? (
          "This link signs you in once. Continue to My Tickets:"
        ) : (
          <>Confirm that {email} is yours to finish registering and go to My Tickets:</>
        )}
      </p>
      <LinkButtonForm
        token={tokenText}
        purpose={link.purpose}
        label={signIn ? "Sign in" : `Confirm ${link.email}`}
      />
    </div>
  );
}
