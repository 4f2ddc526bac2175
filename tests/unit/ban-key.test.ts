import { describe, expect, it } from "vitest";
import { banKeyFor } from "@/lib/bans/ban-key";

describe("the key a ban is kept under", () => {
  it("is an IPv4 address itself", () => {
    expect(banKeyFor("203.0.113.7")).toBe("203.0.113.7");
    expect(banKeyFor(" 203.0.113.7 ")).toBe("203.0.113.7");
  });

  it("is the /64 network of an IPv6 address, however it is written", () => {
    const key = "2001:db8:1:2::/64";
    for (const address of [
      "2001:db8:1:2::1",
      "2001:0DB8:0001:0002:ffff:eeee:dddd:cccc",
      "[2001:db8:1:2::9]",
      "2001:db8:1:2:0:0:0:1%eth0",
      "2001:db8:1:2::/64",
    ]) {
      expect(banKeyFor(address), address).toBe(key);
    }
    expect(banKeyFor("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(banKeyFor("::1")).toBe("0:0:0:0::/64");
  });

  it("is the IPv4 address of an IPv4-mapped IPv6 address, in either notation", () => {
    expect(banKeyFor("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(banKeyFor("::FFFF:cb00:7107")).toBe("203.0.113.7");
    expect(banKeyFor("0:0:0:0:0:ffff:cb00:7107")).toBe("203.0.113.7");
  });

  it("is nothing for what is not an address, so that no ban is shared by strangers", () => {
    for (const value of ["unknown", "", "203.0.113", "203.0.113.7/24", "2001:db8::/48", "x::1"]) {
      expect(banKeyFor(value), value).toBeNull();
    }
  });
});
