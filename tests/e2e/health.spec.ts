import { expect, test } from "@playwright/test";

test("the health check tells a load balancer that the portal is up", async ({ request }) => {
  const response = await request.get("/api/health");

  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(await response.json()).toMatchObject({
    status: "ok",
    database: { state: "up" },
    banStore: { state: "up" },
  });
});
