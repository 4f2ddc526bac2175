import type { Metadata } from "next";
import Link from "next/link";
import { InviteUserForm } from "@/components/invite-user-form";
import { OrganisationMembers } from "@/components/organisation-members";
import { OrganisationNameForm } from "@/components/organisation-name-form";
import { OrganisationTabs } from "@/components/organisation-tabs";
import { PendingInvitations } from "@/components/pending-invitations";
import { requireCustomer } from "@/lib/auth/current-actor";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { createOrganisationAction } from "./actions";

export const metadata: Metadata = { title: "Organisation" };

/** The Users tab, or, for someone in no organisation, a way to create one. */
export default async function OrganisationUsersPage() {
  const customer = await requireCustomer("/organisation");
  const view = await getOrganisation(customer);

  if (!view) {
    return (
      <div className="flex max-w-xl flex-col gap-5">
        <h1 className="text-3xl font-bold">Organisation</h1>
        <p className="text-slate-700">
          An organisation lets several people handle support together: its Managers invite people,
          assign roles and see every ticket of the organisation.
        </p>
        {customer.hasPassword ? (
          <>
            <h2 className="text-xl font-semibold">Create an organisation</h2>
            <OrganisationNameForm
              action={createOrganisationAction}
              submitLabel="Create organisation"
              failedTitle="The organisation was not created"
            />
          </>
        ) : (
          <p>
            To create an organisation, <Link href="/register">register an account</Link> first. To
            join one, open the invitation a Manager sent you.
          </p>
        )}
      </div>
    );
  }

  const manager = view.role === "manager";
  return (
    <div className="flex flex-col gap-6">
      <OrganisationTabs name={view.organisation.name} current="users" manager={manager} />
      <section aria-labelledby="members-heading" className="flex flex-col gap-3">
        <h2 id="members-heading" className="text-xl font-semibold">
          Users
        </h2>
        <OrganisationMembers view={view} viewerId={customer.userId} />
      </section>
      {manager && (
        <>
          <section aria-labelledby="invite-heading" className="flex max-w-xl flex-col gap-3">
            <h2 id="invite-heading" className="text-xl font-semibold">
              Invite User
            </h2>
            <InviteUserForm />
          </section>
          <section aria-labelledby="pending-heading" className="flex flex-col gap-3">
            <h2 id="pending-heading" className="text-xl font-semibold">
              Pending invitations
            </h2>
            <PendingInvitations pending={view.pending} />
          </section>
        </>
      )}
    </div>
  );
}
