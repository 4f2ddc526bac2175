import { describe, expect, it } from "vitest";
import { peerAddressHeader, peerAddressValue, stampPeerAddress } from "@/lib/http/peer-address.mjs";
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

describe("the address server.mjs stamps on a request", () => {
  const read = (value: string) => clientIpFrom(new Headers({ [peerAddressHeader]: value }), 0);

  it("keeps the client's address on a server action Next.js re-sent to itself over loopback", () => {
    // Failing input: a sign-in action posted to / is re-sent by Next.js to /login from the
    // server itself; stamped anew, its failures counted against 127.0.0.1, not the client.
    const original = stampPeerAddress(undefined, "203.0.113.7");
    expect(read(stampPeerAddress(original, "127.0.0.1"))).toBe("203.0.113.7");
    expect(read(stampPeerAddress(original, "::1"))).toBe("203.0.113.7");
  });

  it("stamps the connection's address over anything a client sent", () => {
    const forged = "0123456789abcdef 198.51.100.9";
    expect(read(stampPeerAddress(forged, "127.0.0.1"))).toBe("127.0.0.1");
    expect(read(stampPeerAddress("198.51.100.9", "203.0.113.7"))).toBe("203.0.113.7");
    // A valid stamp arriving from elsewhere than loopback is not this process's own request.
    const stamped = peerAddressValue("198.51.100.9");
    expect(read(stampPeerAddress(stamped, "203.0.113.7"))).toBe("203.0.113.7");
    expect(read(stampPeerAddress([stamped, stamped], "127.0.0.1"))).toBe("127.0.0.1");
    expect(read(stampPeerAddress(`${stamped}, ${stamped}`, "127.0.0.1"))).toBe("127.0.0.1");
  });
});
