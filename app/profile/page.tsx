import type { Metadata } from "next";
import { PasswordChangeForm } from "@/components/password-change-form";
import { ProfileNameForm } from "@/components/profile-name-form";
import { requireAccount } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "Profile" };

const sectionClass = "flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5";

export default async function ProfilePage() {
  const account = await requireAccount("/profile");
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-bold">Profile</h1>
      <section aria-labelledby="email-heading" className={sectionClass}>
        <h2 id="email-heading" className="text-xl font-semibold">
          Email address
        </h2>
        <p className="break-all font-medium" data-testid="profile-email">
          {account.email}
        </p>
        <p className="text-sm text-slate-600">
          You sign in with this address and we send replies here. It cannot be changed here.
        </p>
      </section>
      <section aria-labelledby="name-heading" className={sectionClass}>
        <h2 id="name-heading" className="text-xl font-semibold">
          Name
        </h2>
        <ProfileNameForm name={account.name} />
      </section>
      <section aria-labelledby="password-heading" className={sectionClass}>
        <h2 id="password-heading" className="text-xl font-semibold">
          {account.hasPassword ? "Change password" : "Set a password"}
        </h2>
        {!account.hasPassword && (
          <p className="text-slate-700">
            You have signed in with emailed links so far. Set a password to log in with it too.
          </p>
        )}
        <PasswordChangeForm hasPassword={account.hasPassword} />
      </section>
    </div>
  );
}
