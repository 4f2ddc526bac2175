import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { outbox, securityEvents, users } from "@/db/schema";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { inviteUser } from "@/lib/organisations/invite-user";
import { linkRequestLimits } from "@/lib/security/link-request-limits";
import { addMember, newManager } from "@/tests/support/organisations";

const { perIp, perEmailAndIp, perEmail, perEmailAndIpWhenFull, perEmailCeiling } =
  linkRequestLimits;

const address = (label: string) => `${label}.${randomUUID().slice(0, 8)}@example.com`;

let clients = 0;
/** An IPv4 address no other test in this file uses, from the benchmarking range 198.18.0.0/15. */
const newIp = () => {
  clients += 1;
  return `198.18.${Math.floor(clients / 250)}.${(clients % 250) + 1}`;
};

let networks = 0;
/** A /64 no other test in this file uses, from the documentation range 2001:db8::/32. */
const newNetwork = () => {
  networks += 1;
  return `2001:db8:6:${networks.toString(16)}`;
};

async function addGuest(email: string) {
  const db = await getDb();
  await db.insert(users).values({ email, name: "Guest" });
}

async function emailsTo(recipient: string) {
  const db = await getDb();
  return db.select().from(outbox).where(eq(outbox.recipient, recipient));
}

async function linkRequests(where: { email?: string; ip?: string }) {
  const db = await getDb();
  return db
    .select()
    .from(securityEvents)
    .where(
      and(
        eq(securityEvents.kind, "link_requested"),
        where.email === undefined ? undefined : eq(securityEvents.email, where.email),
        where.ip === undefined ? undefined : eq(securityEvents.ip, where.ip),
      ),
    );
}

const ask = (email: string, ip: string) => requestSignInLink({ email, ip, context: "track" });
const refused = { ok: false, reason: "too_many_requests" };
const refusal = (message: RegExp) =>
  expect.objectContaining({ userMessage: expect.stringMatching(message) });

describe("limits on emailed links", () => {
  it("let the owner, elsewhere, get their link after a flood from one IP for their address", async () => {
    const victim = address("victim");
    await addGuest(victim);
    const attacker = newIp();

    const answers = [];
    for (let i = 0; i < 25; i++) answers.push(await ask(victim, attacker));
    expect(answers.filter((answer) => answer.ok)).toHaveLength(perEmailAndIp);
    expect(await emailsTo(victim)).toHaveLength(perEmailAndIp);

    expect(await ask(victim, newIp())).toEqual({ ok: true });
    expect(await emailsTo(victim)).toHaveLength(perEmailAndIp + 1);

    // The refused requests stay against the IP that sent them, but not against the address.
    expect(await linkRequests({ ip: attacker })).toHaveLength(25);
    expect(await linkRequests({ ip: attacker, email: victim })).toHaveLength(perEmailAndIp);
    const db = await getDb();
    const detached = await db
      .select()
      .from(securityEvents)
      .where(and(eq(securityEvents.ip, attacker), isNull(securityEvents.email)));
    expect(detached).toHaveLength(25 - perEmailAndIp);
  });

  it("let the owner get a few links of their own once strangers used up the address's cap", async () => {
    const victim = address("capped");
    await addGuest(victim);
    for (let sent = 0; sent < perEmail; sent += perEmailAndIp) {
      const stranger = newIp();
      for (let i = 0; i < perEmailAndIp; i++) {
        expect(await ask(victim, stranger)).toEqual({ ok: true });
      }
    }
    expect(await ask(victim, newIp())).toEqual({ ok: true });

    const owner = newIp();
    for (let i = 0; i < perEmailAndIpWhenFull; i++) {
      expect(await ask(victim, owner)).toEqual({ ok: true });
    }
    expect(await ask(victim, owner)).toEqual(refused);
    expect(await emailsTo(victim)).toHaveLength(perEmail + 1 + perEmailAndIpWhenFull);
  });

  it("bound the emails many IPs can make the portal send to one address", async () => {
    for (const [email, known] of [
      [address("flooded"), true],
      [address("flooded-unknown"), false],
    ] as const) {
      if (known) await addGuest(email);
      const answers = [];
      for (let client = 0; client < 20; client++) {
        const from = newIp();
        for (let i = 0; i <= perEmailAndIp; i++) answers.push(await ask(email, from));
      }

      expect(answers.filter((answer) => answer.ok)).toHaveLength(perEmailCeiling);
      expect(await linkRequests({ email })).toHaveLength(perEmailCeiling);
      expect(await emailsTo(email)).toHaveLength(known ? perEmailCeiling : 0);
      expect(await ask(email, newIp())).toEqual(refused);
    }
  });

  it("count a client's IPv6 addresses in one /64 as one client", async () => {
    const network = newNetwork();
    for (let i = 1; i <= perIp; i++) {
      expect(await ask(address("ipv6"), `${network}::${i.toString(16)}`)).toEqual({ ok: true });
    }
    expect(await ask(address("ipv6"), `${network}:ffff:ffff:ffff:ffff`)).toEqual(refused);
    expect(await ask(address("ipv6"), `${newNetwork()}::1`)).toEqual({ ok: true });
    expect(await linkRequests({ ip: `${network}::/64` })).toHaveLength(perIp + 1);

    const email = address("ipv6-pair");
    const pairNetwork = newNetwork();
    for (let i = 1; i <= perEmailAndIp; i++) {
      expect(await ask(email, `${pairNetwork}::${i.toString(16)}`)).toEqual({ ok: true });
    }
    expect(await ask(email, `${pairNetwork}::abcd`)).toEqual(refused);
  });

  it("count no link request for an invitation refused as a duplicate", async () => {
    const manager = await newManager();
    const member = await addMember(manager, "user");
    const invited = address("invited");
    await inviteUser(manager, { email: invited, role: "user" }, newIp());
    expect(await linkRequests({ email: invited })).toHaveLength(1);
    const before = (await linkRequests({ email: member.email })).length;

    await expect(inviteUser(manager, { email: invited, role: "user" }, newIp())).rejects.toEqual(
      refusal(/invited already/),
    );
    await expect(
      inviteUser(manager, { email: member.email, role: "user" }, newIp()),
    ).rejects.toEqual(refusal(/already a member/));

    expect(await linkRequests({ email: invited })).toHaveLength(1);
    expect(await linkRequests({ email: member.email })).toHaveLength(before);
  });
});
