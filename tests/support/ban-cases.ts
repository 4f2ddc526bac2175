import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { banHistory } from "@/lib/bans/ban-history";
import { checkRequest } from "@/lib/bans/check-request";
import { liftBan } from "@/lib/bans/lift-ban";
import { peerAddressHeader, peerAddressValue } from "@/lib/http/peer-address.mjs";
import { clientIpFrom } from "@/lib/security/client-ip";
import { newIpv4, newIpv6Network } from "./ban-test-env";

export const nobody = () => `nobody.${randomUUID().slice(0, 8)}@example.com`;

/** A wrong password for an address that has no account, as the Log in form sends it. */
export const failSignIn = (ip: string) =>
  signInWithPassword({ email: nobody(), password: "not the password", ip });

export const request = (peer: string, forwardedFor?: string) =>
  new Headers({
    [peerAddressHeader]: peerAddressValue(peer),
    ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
  });

export const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

/** The bad inputs of the ban issue, against whichever store the configuration chose. */
export function badInputCases() {
  it("six failed sign-ins for an address that does not exist ban the IP for 10 minutes", async () => {
    const ip = newIpv4();
    for (let attempt = 1; attempt <= 5; attempt++) await failSignIn(ip);
    expect(await checkRequest(ip)).toEqual({ banned: false });

    await failSignIn(ip);
    const verdict = await checkRequest(ip);
    expect(verdict).toMatchObject({ banned: true, ip });
    const until = verdict.banned ? verdict.until.getTime() : 0;
    expect(until).toBeGreaterThan(minutesFromNow(9.9).getTime());
    expect(until).toBeLessThanOrEqual(minutesFromNow(10).getTime());

    const [ban, ...older] = await banHistory(ip);
    expect(older).toEqual([]);
    expect(ban).toMatchObject({ ip, reason: "sign_in_failures", liftedAt: null });
  });

  it("a new random X-Forwarded-For on each try changes nothing when no proxy is trusted", async () => {
    const peer = newIpv4();
    const spoofed: string[] = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      spoofed.push(newIpv4());
      await failSignIn(clientIpFrom(request(peer, spoofed.at(-1)), 0));
    }

    expect(await checkRequest(clientIpFrom(request(peer, newIpv4()), 0))).toMatchObject({
      banned: true,
      ip: peer,
    });
    for (const address of spoofed) expect(await banHistory(address)).toEqual([]);
  });

  it("behind two trusted proxies, a first hop the client set is ignored", async () => {
    const client = newIpv4();
    const [proxy1, proxy2] = [newIpv4(), newIpv4()];
    const through = (firstHop: string) => request(proxy2, `${firstHop}, ${client}, ${proxy1}`);
    for (let attempt = 1; attempt <= 6; attempt++) {
      await failSignIn(clientIpFrom(through(newIpv4()), 2));
    }

    const verdict = await checkRequest(clientIpFrom(through(newIpv4()), 2));
    expect(verdict).toMatchObject({ banned: true, ip: client });
    expect(await checkRequest(proxy2)).toEqual({ banned: false });
    expect(await checkRequest(proxy1)).toEqual({ banned: false });
  });

  it("addresses in one IPv6 /64 are one client, and so are IPv4 and IPv4-mapped IPv6", async () => {
    const network = newIpv6Network();
    for (let attempt = 1; attempt <= 6; attempt++) await failSignIn(`${network}::${attempt}`);
    expect(await checkRequest(`${network}:ffff:1:2:3`)).toMatchObject({
      banned: true,
      ip: `${network}::/64`,
    });
    expect(await checkRequest(`${newIpv6Network()}::1`)).toEqual({ banned: false });

    const ipv4 = newIpv4();
    const [, , c = 0, d = 0] = ipv4.split(".").map(Number);
    for (let attempt = 1; attempt <= 3; attempt++) await failSignIn(`::ffff:${ipv4}`);
    for (let attempt = 1; attempt <= 3; attempt++) await failSignIn(ipv4);
    const hexMapped = `::ffff:c612:${((c << 8) | d).toString(16)}`;
    expect(await checkRequest(clientIpFrom(request(hexMapped), 0))).toMatchObject({
      banned: true,
      ip: ipv4,
    });
  });

  it("a ban lifted by hand ends at once, stays in the history, and its count starts afresh", async () => {
    const ip = newIpv4();
    for (let attempt = 1; attempt <= 6; attempt++) await failSignIn(ip);
    expect(await checkRequest(ip)).toMatchObject({ banned: true });

    expect(await liftBan(ip, "test:agent")).toEqual({ ip, lifted: 1 });
    expect(await checkRequest(ip)).toEqual({ banned: false });
    const [ban] = await banHistory(ip);
    expect(ban?.liftedBy).toBe("test:agent");
    expect(ban?.liftedAt).toBeInstanceOf(Date);

    await failSignIn(ip);
    expect(await checkRequest(ip)).toEqual({ banned: false });
    expect(await liftBan(ip, "test:agent")).toEqual({ ip, lifted: 0 });
  });

  it("a ban ends by itself after BAN_MINUTES", async () => {
    const ip = newIpv4();
    for (let attempt = 1; attempt <= 6; attempt++) await failSignIn(ip);

    expect(await checkRequest(ip, minutesFromNow(9.9))).toMatchObject({ banned: true });
    expect(await checkRequest(ip, minutesFromNow(10.1))).toEqual({ banned: false });
  });
}
