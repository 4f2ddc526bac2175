import type { Metadata } from "next";
import Link from "next/link";
import { EmailLinkForm } from "@/components/email-link-form";
import { linkLifetimeMinutes } from "@/lib/auth/link-tokens";
import { emailPasswordResetLink } from "./actions";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Forgot your password?</h1>
        <p className="text-slate-700">
          Enter the address you registered with and we email you a link to choose a new password.
        </p>
      </div>
      <EmailLinkForm
        action={emailPasswordResetLink}
        idPrefix="reset"
        submitLabel="Email me a link"
        sentTitle="Check your email"
        sentMessage={`If an account exists for that address, we have sent a link to choose a new password. It works for ${linkLifetimeMinutes.reset_password} minutes.`}
      />
      <p>
        Remembered it? <Link href="/login">Log in</Link>
      </p>
    </div>
  );
}
