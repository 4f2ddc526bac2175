import type { Metadata } from "next";
import { LocalTime } from "@/components/local-time";
import { type OrganisationRole, roleLabels } from "@/components/organisation-roles";
import { OrganisationTabs } from "@/components/organisation-tabs";
import { requireManagerView } from "../manager-view";

export const metadata: Metadata = { title: "Organisation activity" };

/** One line of the Activity list, in the portal's words. */
function activityLine(event: {
  action: string;
  targetEmail: string | null;
  detail: string | null;
}) {
  const target = event.targetEmail ?? "";
  const detail = event.detail ?? "";
  const role = Object.hasOwn(roleLabels, detail) ? roleLabels[detail as OrganisationRole] : "";
  const lines: Record<string, string> = {
    created: `created the organisation ${event.detail ?? ""}`,
    renamed: `renamed the organisation to ${event.detail ?? ""}`,
    invited: `invited ${target} as ${role}`,
    invitation_resent: `sent the invitation to ${target} again`,
    invitation_revoked: `revoked the invitation to ${target}`,
    joined: `joined as ${role}`,
    role_changed: `made ${target} a ${role}`,
    removed: `removed ${target}`,
    left: "left the organisation",
  };
  return lines[event.action] ?? event.action;
}

export default async function OrganisationActivityPage() {
  const view = await requireManagerView("/organisation/activity");
  return (
    <div className="flex flex-col gap-6">
      <OrganisationTabs name={view.organisation.name} current="activity" manager />
      <section className="flex flex-col gap-3">
        <h2 className="text-xl font-semibold">Activity</h2>
        <ol className="flex flex-col gap-2">
          {view.activity.map((event) => (
            <li key={event.id} className="rounded-md border border-slate-200 bg-white p-3">
              <span className="font-medium">
                {event.actorName || event.actorEmail || "A former member"}
              </span>{" "}
              <span className="break-words">{activityLine(event)}</span>
              <div className="text-sm text-slate-600">
                <LocalTime iso={event.createdAt.toISOString()} />
              </div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
