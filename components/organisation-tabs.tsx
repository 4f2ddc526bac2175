import Link from "next/link";

const tabs = [
  { href: "/organisation", label: "Users", key: "users" },
  { href: "/organisation/settings", label: "Settings", key: "settings" },
  { href: "/organisation/activity", label: "Activity", key: "activity" },
] as const;

export type OrganisationTab = (typeof tabs)[number]["key"];

/** The Organisation screen's heading and tabs; Settings and Activity are for Managers. */
export function OrganisationTabs({
  name,
  current,
  manager,
}: {
  name: string;
  current: OrganisationTab;
  manager: boolean;
}) {
  const shown = manager ? tabs : tabs.filter((tab) => tab.key === "users");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold break-words">{name}</h1>
      <nav aria-label="Organisation">
        <ul className="flex gap-1 border-b border-slate-200">
          {shown.map((tab) => (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={tab.key === current ? "page" : undefined}
                className="block rounded-t-md px-4 py-2 font-medium no-underline aria-[current=page]:border aria-[current=page]:border-b-white aria-[current=page]:border-slate-200 aria-[current=page]:bg-white"
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
