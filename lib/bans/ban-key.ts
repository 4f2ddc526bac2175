import "server-only";
import { isIPv4, isIPv6 } from "node:net";

/**
 * The key a ban is kept under for an address: an IPv4 address itself; for IPv6, its /64
 * network, written `2001:db8:1:2::/64`. One home or office connection gets at least a /64 and
 * its devices pick new addresses inside it at will (privacy extensions), so banning a single
 * IPv6 address would stop nobody. An IPv4-mapped IPv6 address (`::ffff:192.0.2.1`, in either
 * notation) is its IPv4 address, so one client reaching us over both is one ban.
 *
 * Accepts an address or a `/64` network as `ban:lift` is given it; null for anything else.
 */
export function banKeyFor(address: string): string | null {
  let value = address.trim().toLowerCase();
  if (value.endsWith("/64")) value = value.slice(0, -3);
  if (value.startsWith("[") && value.endsWith("]")) value = value.slice(1, -1);
  value = value.replace(/%.*$/, "");

  if (isIPv4(value)) return value;
  if (!isIPv6(value)) return null;

  const groups = expandIpv6(value);
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (mapped) {
    const [high = 0, low = 0] = groups.slice(6);
    return [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, with `::` and a dotted IPv4 tail expanded. */
function expandIpv6(address: string): number[] {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[1].split(".").map(Number);
    const tail = `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
    text = text.slice(0, dotted.index) + tail;
  }
  const [head = "", rest] = text.split("::");
  const parse = (part: string) =>
    part === "" ? [] : part.split(":").map((group) => Number.parseInt(group, 16));
  const left = parse(head);
  const right = rest === undefined ? [] : parse(rest);
  const zeros = new Array<number>(8 - left.length - right.length).fill(0);
  return [...left, ...zeros, ...right];
}
