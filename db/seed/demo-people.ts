import { randomUUID } from "node:crypto";
import type { OrganisationRole, StaffRole } from "@/db/schema";
import { firstNames, lastNames, organisationNames } from "./demo-text";
import type { Random } from "./random";

export interface DemoUser {
  id: string;
  name: string;
  email: string;
  /** Registered people have the demo password; guests have none. */
  registered: boolean;
  organisationId: string | null;
}

export interface DemoPeople {
  staff: { user: DemoUser; role: StaffRole }[];
  organisations: { id: string; name: string }[];
  memberships: { userId: string; organisationId: string; role: OrganisationRole }[];
  /** Everyone who sends tickets: organisation members, registered customers and guests. */
  requesters: DemoUser[];
  /** The registered customer who gets a large share of the tickets (for My Tickets). */
  busyCustomer: DemoUser;
  /** The accounts worth signing in with, to print at the end. */
  accounts: { email: string; role: string }[];
}

const agentCount = 4;
const usersPerOrganisation = 4;

/** The people for a data set of `ticketCount` tickets; their number grows with it. */
export function planPeople(ticketCount: number, random: Random): DemoPeople {
  const person = (email: string, registered: boolean, organisationId: string | null = null) => ({
    id: randomUUID(),
    name: `${random.pick(firstNames)} ${random.pick(lastNames)}`,
    email,
    registered,
    organisationId,
  });

  const admin = { user: person("admin@podpora.example", true), role: "admin" as const };
  const agents = Array.from({ length: agentCount }, (_, i) => ({
    user: person(i === 0 ? "agent@podpora.example" : `agent${i + 1}@podpora.example`, true),
    role: "agent" as const,
  }));

  const organisationCount = Math.min(organisationNames.length, Math.ceil(ticketCount / 10_000));
  const organisations = organisationNames
    .slice(0, Math.max(1, organisationCount))
    .map((name) => ({ id: randomUUID(), name }));
  const memberships: DemoPeople["memberships"] = [];
  const members: DemoUser[] = [];
  for (const organisation of organisations) {
    const domain = `${organisation.name.toLowerCase().replace(/[^a-z]+/g, "")}.example`;
    const manager = person(`manager@${domain}`, true, organisation.id);
    const users = Array.from({ length: usersPerOrganisation }, (_, i) =>
      person(i === 0 ? `user@${domain}` : `user${i + 1}@${domain}`, true, organisation.id),
    );
    memberships.push({ userId: manager.id, organisationId: organisation.id, role: "manager" });
    for (const user of users) {
      memberships.push({ userId: user.id, organisationId: organisation.id, role: "user" });
    }
    members.push(manager, ...users);
  }

  const busyCustomer = person("customer@demo.example", true);
  const registered = Array.from({ length: Math.max(5, Math.floor(ticketCount / 100)) }, (_, i) =>
    person(`customer${i + 2}@demo.example`, true),
  );
  const guests = Array.from({ length: Math.max(5, Math.floor(ticketCount / 40)) }, (_, i) =>
    person(`guest${i + 1}@demo.example`, false),
  );

  const first = organisations[0]?.name ?? "";
  const firstDomain = members[0]?.email.split("@")[1] ?? "";
  return {
    staff: [admin, ...agents],
    organisations,
    memberships,
    requesters: [busyCustomer, ...members, ...registered, ...guests],
    busyCustomer,
    accounts: [
      { email: admin.user.email, role: "support admin" },
      { email: "agent@podpora.example", role: "support agent" },
      { email: busyCustomer.email, role: "customer with many tickets" },
      { email: `manager@${firstDomain}`, role: `manager of ${first}` },
      { email: `user@${firstDomain}`, role: `user of ${first}` },
    ],
  };
}
