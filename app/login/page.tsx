import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmailLinkForm } from "@/components/email-link-form";
import { PasswordSignInForm } from "@/components/password-sign-in-form";
import { getActor } from "@/lib/auth/current-actor";
import { linkLifetimeMinutes } from "@/lib/auth/link-tokens";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { emailSignInLink } from "./actions";

export const metadata: Metadata = { title: "Log in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const callbackUrl = safeRedirectPath((await searchParams).callbackUrl);
  if ((await getActor()).kind !== "anonymous") redirect(callbackUrl);

  return (
    <div className="flex max-w-xl flex-col gap-10">
      <section aria-labelledby="login-heading" className="flex flex-col gap-5">
        <div className="flex flex-col gap-2">
          <h1 id="login-heading" className="text-3xl font-bold">
            Log in
          </h1>
          <p className="text-slate-700">
            See My Tickets, reply to support and manage your organisation.
          </p>
        </div>
        <PasswordSignInForm callbackUrl={callbackUrl} />
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/forgot-password">Forgot your password?</Link>
          <span>
            No account yet? <Link href="/register">Register now</Link>
          </span>
        </p>
      </section>
      <section aria-labelledby="link-heading" className="flex flex-col gap-4">
        <div className="flex flex-col gap-2">
          <h2 id="link-heading" className="text-xl font-semibold">
            Email me a sign-in link
          </h2>
          <p className="text-slate-700">
            No password needed: we email you a link that signs you in once. It also works if you
            have only ever sent us tickets.
          </p>
        </div>
        <EmailLinkForm
          action={emailSignInLink}
          idPrefix="link"
          submitLabel="Email me a sign-in link"
          sentTitle="Check your email"
          sentMessage={`If an account or tickets exist for that address, we have sent a link. It works for ${linkLifetimeMinutes.sign_in} minutes.`}
          look="secondary"
        />
      </section>
    </div>
  );
}
