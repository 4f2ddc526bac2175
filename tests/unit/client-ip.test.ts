import { describe, expect, it } from "vitest";
import { peerAddressHeader, peerAddressValue } from "@/lib/http/peer-address.mjs";
import { clientIpFrom } from "@/lib/security/client-ip";

const request = (peer: string, forwardedFor?: string) =>
  new Headers({
    [peerAddressHeader]: peerAddressValue(peer),
    ...(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }),
  });

describe("the client's IP address", () => {
  it("is the connection's when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientIpFrom(request("203.0.113.7", "198.51.100.1"), 0)).toBe("203.0.113.7");
    expect(clientIpFrom(request("203.0.113.7", `${Math.random()}`), 0)).toBe("203.0.113.7");
  });

  it("behind two trusted proxies is two hops from the right; a client-set first hop is ignored", () => {
    const headers = request("10.0.0.2", "6.6.6.6, 198.51.100.23, 10.0.0.1");
    expect(clientIpFrom(headers, 2)).toBe("198.51.100.23");
  });

  it("falls back to the connection when the header is shorter than the proxy chain", () => {
    expect(clientIpFrom(request("10.0.0.2", "198.51.100.23"), 2)).toBe("10.0.0.2");
  });

  it("reads IPv4-mapped IPv6 as IPv4 and normalises IPv6", () => {
    expect(clientIpFrom(request("::ffff:203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientIpFrom(request("2001:DB8::1"), 0)).toBe("2001:db8::1");
    expect(clientIpFrom(request("10.0.0.2", "[2001:db8::1]:443"), 1)).toBe("2001:db8::1");
  });

  it("ignores a peer address the client sent itself, without the process's key", () => {
    // Failing input: on a host where server.mjs does not overwrite the header, a client named
    // its own address, to dodge a ban or to have another address banned.
    const forged = new Headers({ [peerAddressHeader]: "198.51.100.9" });
    expect(clientIpFrom(forged, 0)).toBe("unknown");
    const guessed = new Headers({ [peerAddressHeader]: "0123456789abcdef 198.51.100.9" });
    expect(clientIpFrom(guessed, 0)).toBe("unknown");
    expect(clientIpFrom(request("198.51.100.9"), 0)).toBe("198.51.100.9");
  });

  it("is 'unknown' for anything that is not an address", () => {
    expect(clientIpFrom(new Headers(), 0)).toBe("unknown");
    expect(clientIpFrom(request("10.0.0.2", "<script>"), 1)).toBe("unknown");
  });
});
