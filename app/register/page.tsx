import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RegistrationForm } from "@/components/registration-form";
import { getActor } from "@/lib/auth/current-actor";
import { linkLifetimeMinutes } from "@/lib/auth/link-tokens";

export const metadata: Metadata = { title: "Register" };

export default async function RegisterPage() {
  if ((await getActor()).kind === "customer") redirect("/my-tickets");
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Register</h1>
        <p className="text-slate-700">
          With an account you see all your tickets in one place, reply more easily and can join your
          organisation. Tickets you already sent from your address are included.
        </p>
      </div>
      <RegistrationForm verifyHours={linkLifetimeMinutes.verify_email / 60} />
      <p>
        Already registered? <Link href="/login">Log in</Link>
      </p>
    </div>
  );
}
