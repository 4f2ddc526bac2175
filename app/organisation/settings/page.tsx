import type { Metadata } from "next";
import { OrganisationNameForm } from "@/components/organisation-name-form";
import { OrganisationTabs } from "@/components/organisation-tabs";
import { renameOrganisationAction } from "../actions";
import { requireManagerView } from "../manager-view";

export const metadata: Metadata = { title: "Organisation settings" };

export default async function OrganisationSettingsPage() {
  const view = await requireManagerView("/organisation/settings");
  return (
    <div className="flex flex-col gap-6">
      <OrganisationTabs name={view.organisation.name} current="settings" manager />
      <section className="flex max-w-xl flex-col gap-3">
        <h2 className="text-xl font-semibold">Settings</h2>
        <OrganisationNameForm
          action={renameOrganisationAction}
          name={view.organisation.name}
          submitLabel="Save name"
          failedTitle="The name was not saved"
          savedTitle="The name has been saved"
        />
      </section>
    </div>
  );
}
