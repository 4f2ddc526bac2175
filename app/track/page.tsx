import type { Metadata } from "next";
import Link from "next/link";
import { EmailLinkForm } from "@/components/email-link-form";
import { linkLifetimeMinutes } from "@/lib/auth/link-tokens";
import { emailTrackingLink } from "./actions";

export const metadata: Metadata = { title: "Track my ticket" };

export default function TrackPage() {
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Track my ticket</h1>
        <p className="text-slate-700">
          Enter the address you sent your ticket from. We email you a link to My Tickets, where you
          can follow your tickets and reply to them. No account or password needed.
        </p>
      </div>
      <EmailLinkForm
        action={emailTrackingLink}
        idPrefix="track"
        submitLabel="Email me a link to My Tickets"
        sentTitle="Check your email"
        sentMessage={`If we have tickets from that address, we have sent you a link to My Tickets. It works for ${linkLifetimeMinutes.sign_in} minutes.`}
      />
      <p className="text-slate-700">
        Writing to us often? <Link href="/register">Register now</Link> with the same address: your
        tickets are waiting in your account, and you can log in with a password.
      </p>
    </div>
  );
}
