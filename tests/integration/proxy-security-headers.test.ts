import "../support/ban-test-env";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { peerAddressHeader, peerAddressValue } from "@/lib/http/peer-address.mjs";
import { proxy } from "@/proxy";
import { failSignIn } from "../support/ban-cases";
import { newIpv4 } from "../support/ban-test-env";

const from = (ip: string, path: string, headers: Record<string, string> = {}) =>
  new NextRequest(`http://localhost:3000${path}`, {
    headers: { [peerAddressHeader]: peerAddressValue(`::ffff:${ip}`), ...headers },
  });

const nonceOf = (policy: string | null) =>
  /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(policy ?? "")?.[1];

describe("proxy.ts's security headers", () => {
  it("hand the page the same nonce as the answer's policy, whatever the client sent", async () => {
    const response = await proxy(from(newIpv4(), "/tickets/new", { "x-nonce": "chosen" }));

    const policy = response.headers.get("content-security-policy");
    const nonce = nonceOf(policy);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    // NextResponse.next({ request }) passes changed request headers on under this prefix.
    expect(response.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("put a new nonce on every answer", async () => {
    const ip = newIpv4();
    const policies = await Promise.all(
      [1, 2, 3].map(async () =>
        nonceOf((await proxy(from(ip, "/"))).headers.get("content-security-policy")),
      ),
    );
    expect(new Set(policies).size).toBe(3);
  });

  it("cover the ban notice, whose own styles carry the nonce", async () => {
    const ip = newIpv4();
    for (let attempt = 1; attempt <= 6; attempt++) await failSignIn(ip);

    const response = await proxy(from(ip, "/my-tickets"));
    expect(response.status).toBe(429);
    const nonce = nonceOf(response.headers.get("content-security-policy"));
    expect(nonce).toBeDefined();
    expect(await response.text()).toContain(`<style nonce="${nonce}">`);

    const json = await proxy(from(ip, "/login", { "next-action": "7f00aa" }));
    expect(json.status).toBe(429);
    expect(nonceOf(json.headers.get("content-security-policy"))).toBeDefined();
  });
});
