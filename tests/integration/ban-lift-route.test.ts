import "../support/ban-test-env";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/internal/bans/lift/route";
import { banAdminKey } from "@/lib/bans/ban-admin-key";
import { banHistory } from "@/lib/bans/ban-history";
import { checkRequest } from "@/lib/bans/check-request";
import { failSignIn } from "../support/ban-cases";
import { newIpv4 } from "../support/ban-test-env";

const lift = (body: unknown, authorization?: string) =>
  POST(
    new Request("http://localhost/api/internal/bans/lift", {
      method: "POST",
      headers: authorization ? { authorization } : {},
      body: JSON.stringify(body),
    }),
  );

describe("the internal route `npm run ban:lift` uses while the portal runs", () => {
  it("lifts a ban for a caller with the key derived from the auth secret", async () => {
    const ip = newIpv4();
    for (let attempt = 1; attempt <= 6; attempt++) await failSignIn(ip);
    expect(await checkRequest(ip)).toMatchObject({ banned: true });

    const response = await lift(
      { ip: `::ffff:${ip}`, by: "cli:operator" },
      `Bearer ${banAdminKey()}`,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ip, lifted: 1 });
    expect(await checkRequest(ip)).toEqual({ banned: false });
    expect((await banHistory(ip))[0]?.liftedBy).toBe("cli:operator");
  });

  it("refuses anyone without the key, and says what is wrong with a bad address", async () => {
    const body = { ip: newIpv4(), by: "mallory" };
    expect((await lift(body)).status).toBe(401);
    expect((await lift(body, `Bearer ${banAdminKey()}x`)).status).toBe(401);
    expect((await lift(body, banAdminKey())).status).toBe(401);

    const refused = await lift(
      { ip: "not an address", by: "cli:operator" },
      `Bearer ${banAdminKey()}`,
    );
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: "“not an address” is not an IP address." });
  });
});
