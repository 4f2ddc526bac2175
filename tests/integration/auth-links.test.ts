import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { linkTokens, outbox, securityEvents, users } from "@/db/schema";
import { emailOnlyInput } from "@/lib/auth/auth-input";
import { inspectLinkToken, issueLinkToken, spendLinkToken } from "@/lib/auth/link-tokens";
import { hashPassword } from "@/lib/auth/passwords";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { requestRegistration } from "@/lib/auth/request-registration";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { redeemLink, spendLink } from "@/lib/auth/spend-link";
import { openEmailData } from "@/lib/mail/seal-email-data";
import { linkRequestLimits } from "@/lib/security/link-request-limits";
import { countRecentEvents } from "@/lib/security/security-events";

const address = (label: string) => `${label}.${randomUUID().slice(0, 8)}@example.com`;
const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

async function addUser(email: string, password?: string) {
  const db = await getDb();
  const passwordHash = password ? await hashPassword(password) : null;
  const [user] = await db
    .insert(users)
    .values({ email, name: "Existing", passwordHash })
    .returning();
  return user;
}

async function emailsTo(recipient: string) {
  const db = await getDb();
  const rows = await db
    .select()
    .from(outbox)
    .where(eq(outbox.recipient, recipient))
    .orderBy(desc(outbox.createdAt));
  return rows.map((row) => ({ ...row, data: openEmailData(row) }));
}

function tokenFrom(email: { data: unknown } | undefined): string {
  const link = (email?.data as { link?: string } | undefined)?.link ?? "";
  return new URL(link).searchParams.get("token") ?? "";
}

async function spend(token: string, purpose: "sign_in" | "verify_email" | "reset_password") {
  const db = await getDb();
  return db.transaction((tx) => spendLinkToken(tx, token, purpose));
}

describe("emailed sign-in links", () => {
  it("go to known addresses only, with the same answer for unknown ones", async () => {
    const known = address("known");
    const unknown = address("unknown");
    await addUser(known);

    expect(await requestSignInLink({ email: known, ip: ip(), context: "track" })).toEqual({
      ok: true,
    });
    expect(await requestSignInLink({ email: unknown, ip: ip(), context: "track" })).toEqual({
      ok: true,
    });

    const [email] = await emailsTo(known);
    expect(email?.template).toBe("sign_in_link");
    expect(email?.data).toMatchObject({ context: "track", expiresInMinutes: 15 });
    expect(await emailsTo(unknown)).toEqual([]);
  });

  it("keep only a hash of the token, which is single-use and bound to its purpose", async () => {
    const email = address("hash");
    await addUser(email);
    await requestSignInLink({ email, ip: ip(), context: "sign_in" });
    const token = tokenFrom((await emailsTo(email))[0]);

    const db = await getDb();
    const stored = await db.select().from(linkTokens).where(eq(linkTokens.email, email));
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);

    expect(await inspectLinkToken(token)).toEqual({ status: "valid", purpose: "sign_in", email });
    expect(await spend(token, "reset_password")).toBeNull();
    expect(await spend(token, "sign_in")).toMatchObject({ email });
    expect(await spend(token, "sign_in")).toBeNull();
    expect(await inspectLinkToken(token)).toMatchObject({ status: "used" });
  });

  it("can be spent by only one of two requests at the same moment", async () => {
    const db = await getDb();
    const token = await issueLinkToken(db, { email: address("race"), purpose: "sign_in" });
    const results = await Promise.all([spend(token, "sign_in"), spend(token, "sign_in")]);
    expect(results.filter((row) => row !== null)).toHaveLength(1);
  });

  it("refuse an altered or expired token, and a replayed one, recording the failure", async () => {
    const email = address("expired");
    const db = await getDb();
    const token = await issueLinkToken(db, { email, purpose: "sign_in" });
    const altered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect(await inspectLinkToken(altered)).toEqual({ status: "invalid" });
    expect(await inspectLinkToken("../../etc/passwd")).toEqual({ status: "invalid" });

    await db
      .update(linkTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(linkTokens.email, email));
    expect(await inspectLinkToken(token)).toMatchObject({ status: "expired" });

    const from = ip();
    expect(await spendLink({ purpose: "sign_in", token }, from)).toEqual({ refused: "link" });
    expect(await spendLink({ purpose: "sign_in", token: altered }, from)).toEqual({
      refused: "link",
    });
    const failures = await db
      .select()
      .from(securityEvents)
      .where(and(eq(securityEvents.ip, from), eq(securityEvents.kind, "link_failed")));
    expect(failures).toHaveLength(2);
  });

  it("are limited per address and IP, alike for known and unknown addresses", async () => {
    for (const email of [address("limited"), address("limited-unknown")]) {
      const from = ip();
      for (let i = 0; i < linkRequestLimits.perEmailAndIp; i++) {
        expect(await requestSignInLink({ email, ip: from, context: "sign_in" })).toEqual({
          ok: true,
        });
      }
      expect(await requestSignInLink({ email, ip: from, context: "sign_in" })).toEqual({
        ok: false,
        reason: "too_many_requests",
      });
      // The owner, elsewhere, still gets a link: a stranger cannot lock them out.
      const owner = "192.0.2.200";
      expect(await requestSignInLink({ email, ip: owner, context: "sign_in" })).toEqual({
        ok: true,
      });
    }
  });

  it("are limited per IP address across many addresses", async () => {
    const from = ip().replace("198.51.100", "203.0.113");
    for (let i = 0; i < linkRequestLimits.perIp; i++) {
      await requestSignInLink({ email: address("ip"), ip: from, context: "track" });
    }
    const answer = await requestSignInLink({ email: address("ip"), ip: from, context: "track" });
    expect(answer).toEqual({ ok: false, reason: "too_many_requests" });
  });
});

describe("registration", () => {
  it("sets nothing until the address is verified, and then keeps guest tickets' identity", async () => {
    const email = address("guest");
    const guest = await addUser(email);
    await requestRegistration({ name: "Ana", email, password: "a long pass phrase", ip: ip() });

    const db = await getDb();
    const [row] = await db.select().from(users).where(eq(users.email, email));
    expect(row).toMatchObject({ id: guest?.id, passwordHash: null, emailVerified: null });
    const [mail] = await emailsTo(email);
    expect(mail?.template).toBe("verify_email");
    expect(await inspectLinkToken(tokenFrom(mail))).toMatchObject({ purpose: "verify_email" });
  });

  it("of an address with an account sends a notice and changes nothing", async () => {
    const email = address("taken");
    const owner = await addUser(email, "the owner's passphrase");
    const answer = await requestRegistration({
      name: "Mallory",
      email,
      password: "x".repeat(12),
      ip: ip(),
    });

    expect(answer).toEqual({ ok: true });
    const [mail] = await emailsTo(email);
    expect(mail?.template).toBe("account_exists");
    const db = await getDb();
    const [row] = await db.select().from(users).where(eq(users.email, email));
    expect(row?.passwordHash).toBe(owner?.passwordHash);
    expect(row?.name).toBe("Existing");
  });
});

describe("signing in with a password", () => {
  it("fails alike for an unknown address, a wrong password and an unverified registration", async () => {
    const registered = address("pw");
    await addUser(registered, "correct horse battery");
    const pending = address("pending");
    await requestRegistration({
      name: "P",
      email: pending,
      password: "pending passphrase",
      ip: ip(),
    });
    const from = ip().replace("198.51.100", "192.0.2");

    expect(
      await signInWithPassword({ email: address("nobody"), password: "whatever1", ip: from }),
    ).toBe("no_match");
    expect(await signInWithPassword({ email: registered, password: "wrong horse", ip: from })).toBe(
      "no_match",
    );
    expect(
      await signInWithPassword({ email: pending, password: "pending passphrase", ip: from }),
    ).toBe("no_match");

    const db = await getDb();
    const failures = await db
      .select()
      .from(securityEvents)
      .where(and(eq(securityEvents.ip, from), eq(securityEvents.kind, "sign_in_failed")));
    expect(failures).toHaveLength(3);
  });
});

describe("password reset", () => {
  it("sends a link only to an account with a password, answering alike", async () => {
    const withPassword = address("reset");
    await addUser(withPassword, "an old passphrase");
    const guest = address("reset-guest");
    await addUser(guest);

    expect(await requestPasswordReset({ email: withPassword, ip: ip() })).toEqual({ ok: true });
    expect(await requestPasswordReset({ email: guest, ip: ip() })).toEqual({ ok: true });
    expect((await emailsTo(withPassword))[0]?.template).toBe("reset_password");
    expect(await emailsTo(guest)).toEqual([]);
  });
});

describe("email addresses", () => {
  it.each([
    ["  Ana@Example.COM ", "ana@example.com"],
    ["ANA.NOVAK@EXAMPLE.COM", "ana.novak@example.com"],
  ])("are trimmed and lower-cased: %j", (input, expected) => {
    expect(emailOnlyInput.parse({ email: input }).email).toBe(expected);
  });

  it.each(["a@@example.com", "ana＠example.com", "a@example.com,b@example.com", "a@b@example.com"])(
    "refuse %j",
    (input) => {
      expect(emailOnlyInput.safeParse({ email: input }).success).toBe(false);
    },
  );
});

describe("a registration link", () => {
  it("never replaces the password of an account that has one, and dies when a password is set", async () => {
    const email = address("takeover");
    await requestRegistration({
      name: "Attacker",
      email,
      password: "attacker passphrase",
      ip: ip(),
    });
    const attackers = tokenFrom((await emailsTo(email))[0]);
    await requestRegistration({ name: "Owner", email, password: "owner passphrase", ip: ip() });
    const owners = tokenFrom((await emailsTo(email))[0]);

    expect(
      await redeemLink(
        { purpose: "verify_email", token: owners, password: "owner passphrase" },
        ip(),
      ),
    ).toHaveProperty("userId");
    expect(await inspectLinkToken(attackers)).toMatchObject({ status: "used" });
    expect(
      await redeemLink(
        { purpose: "verify_email", token: attackers, password: "attacker passphrase" },
        ip(),
      ),
    ).toEqual({ refused: "link" });

    const db = await getDb();
    const [row] = await db.select().from(users).where(eq(users.email, email));
    expect(row?.name).toBe("Owner");
    expect(await signInWithPassword({ email, password: "attacker passphrase", ip: ip() })).toBe(
      "no_match",
    );
  });

  it("cannot be confirmed by whoever merely receives it: the registrant's password is asked", async () => {
    // Someone registers a guest's address with a password of their own; the guest, who has
    // tickets, gets the unexpected confirmation email and clicks it.
    const email = address("unsolicited");
    const guest = await addUser(email);
    await requestRegistration({
      name: "Intruder",
      email,
      password: "intruders passphrase",
      ip: ip(),
    });
    const token = tokenFrom((await emailsTo(email))[0]);

    const from = "192.0.2.201";
    expect(
      await redeemLink({ purpose: "verify_email", token, password: "a guess of the guest" }, from),
    ).toEqual({ refused: "password" });
    const db = await getDb();
    const [row] = await db.select().from(users).where(eq(users.email, email));
    expect(row?.passwordHash).toBeNull();
    expect(row?.emailVerified).toBeNull();
    expect(await inspectLinkToken(token)).toMatchObject({ status: "valid" });
    expect(await countRecentEvents("sign_in_failed", { ip: from }, 60)).toBe(1);

    // The registrant, who knows the password, still can.
    expect(
      await redeemLink({ purpose: "verify_email", token, password: "intruders passphrase" }, ip()),
    ).toEqual({ userId: guest?.id });
  });

  it("keeps an existing password even when it is still unspent", async () => {
    const email = address("existing");
    const owner = await addUser(email, "the owner's passphrase");
    const db = await getDb();
    const token = await issueLinkToken(db, {
      email,
      purpose: "verify_email",
      pendingName: "Someone",
      pendingPasswordHash: await hashPassword("someone else's"),
    });
    expect(
      await redeemLink({ purpose: "verify_email", token, password: "someone else's" }, ip()),
    ).toEqual({ userId: owner?.id });
    const [row] = await db.select().from(users).where(eq(users.email, email));
    expect(row?.passwordHash).toBe(owner?.passwordHash);
  });
});
