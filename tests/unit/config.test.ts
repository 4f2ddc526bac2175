import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/config";

describe("configuration", () => {
  it("runs on the embedded defaults when nothing is set", () => {
    const config = parseConfig({});
    expect(config.database).toEqual({ kind: "pglite", dir: path.resolve(".data/pglite") });
    expect(config.uploadDir).toBe(path.resolve(".data/uploads"));
    expect(config.mail).toMatchObject({ resendApiKey: undefined, devMailbox: true });
    expect(config.ticketCategories).toContain("Technical problem");
  });

  it("takes a copy of .env.example as it is: empty values mean the defaults", () => {
    const example = readFileSync(".env.example", "utf8");
    const variables = Object.fromEntries(
      example
        .split("\n")
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    expect(Object.keys(variables).length).toBeGreaterThan(10);
    expect(parseConfig(variables).database.kind).toBe("pglite");
  });

  it("puts the port the portal listens on in its links when APP_URL is unset", () => {
    // Failing input: `PORT=3400 npm run dev` emailed links to port 3000, and the npm scripts
    // that ask the running portal knocked at port 3000.
    expect(parseConfig({}).appUrl).toBe("http://localhost:3000");
    expect(parseConfig({ PORT: "3400" }).appUrl).toBe("http://localhost:3400");
    const set = parseConfig({ PORT: "3400", APP_URL: "https://help.example.com/" });
    expect(set).toMatchObject({ appUrl: "https://help.example.com", secureCookies: true });
    expect(() => parseConfig({ PORT: "eighty" })).toThrow(/PORT/);
  });

  it("uses PostgreSQL and Resend when they are configured", () => {
    const config = parseConfig({
      DATABASE_URL: "postgres://podpora:secret@db.internal:5432/podpora",
      RESEND_API_KEY: "re_123",
      NODE_ENV: "production",
      TICKET_CATEGORIES: " Billing , Outage ,,",
    });
    expect(config.database.kind).toBe("postgres");
    expect(config.mail).toMatchObject({ resendApiKey: "re_123", devMailbox: false });
    expect(config.ticketCategories).toEqual(["Billing", "Outage"]);
  });

  it("keeps the dev mailbox off in production unless it is asked for", () => {
    expect(parseConfig({ NODE_ENV: "production" }).mail.devMailbox).toBe(false);
    expect(parseConfig({ NODE_ENV: "production", DEV_MAILBOX: "true" }).mail.devMailbox).toBe(true);
  });

  it.each([
    ["DATABASE_URL", "mysql://db.internal/podpora"],
    ["DATABASE_URL", "not a url"],
    ["APP_URL", "ftp://example.com"],
    ["SUPPORT_EMAIL", "support"],
    ["DEV_MAILBOX", "yes please"],
    ["TICKET_CATEGORIES", " , "],
  ])("stops with a message naming %s when it is %j", (name, value) => {
    expect(() => parseConfig({ [name]: value })).toThrow(new RegExp(`^[\\s\\S]*- ${name}: `));
  });
});
