import "server-only";
import { isIP } from "node:net";
import { headers } from "next/headers";
import { getConfig } from "@/lib/config/config";
import { peerAddressHeader, readPeerAddress } from "@/lib/http/peer-address.mjs";

export { peerAddressHeader };

/**
 * The client's address: the connection's, as server.mjs stamped it (a value the client sent
 * itself, without the process's key, counts as no address), or, behind `trustedProxies` proxies, the address that
 * many hops from the right of X-Forwarded-For. Entries further left are the client's own words
 * and are never used. IPv4-mapped IPv6 addresses are read as IPv4.
 */
export function clientIpFrom(source: Headers, trustedProxies: number): string {
  const peer = normaliseIp(readPeerAddress(source.get(peerAddressHeader)));
  if (trustedProxies === 0) return peer;

  const hops = (source.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter((hop) => hop !== "");
  const hop = hops[hops.length - trustedProxies];
  return hop === undefined ? peer : normaliseIp(hop);
}

export function normaliseIp(value: string): string {
  let address = value.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1]) address = mapped[1];
  return isIP(address) ? address : "unknown";
}

/** The address of the client making the current request. */
export async function currentClientIp(): Promise<string> {
  return clientIpFrom(await headers(), getConfig().trustedProxyCount);
}
