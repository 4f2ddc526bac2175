import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { requestRegistration } from "@/lib/auth/request-registration";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { banHistory } from "@/lib/bans/ban-history";
import { checkRequest } from "@/lib/bans/check-request";
import { createTicket } from "@/lib/tickets/create-ticket";
import { nobody } from "./ban-cases";
import { newIpv4 } from "./ban-test-env";

const ticket = () => ({
  name: "Flood Tester",
  email: nobody(),
  subject: "Another one",
  category: "Technical problem",
  description: "And another one.",
  submissionKey: randomUUID(),
});

/** Each trigger of the ban issue crosses its limit (ban-test-env.ts sets them low). */
export function triggerCases() {
  it("a flood of requests bans the address; the request over the limit is already refused", async () => {
    const ip = newIpv4();
    for (let count = 1; count <= 10; count++) {
      expect(await checkRequest(ip)).toEqual({ banned: false });
    }
    expect(await checkRequest(ip)).toMatchObject({ banned: true, ip });
    expect((await banHistory(ip)).map((ban) => ban.reason)).toEqual(["requests"]);
  });

  it("a flood of ticket submissions bans the address; a retried submission is not counted", async () => {
    const ip = newIpv4();
    const first = ticket();
    for (let count = 1; count <= 3; count++) await createTicket(first, [], { ip });
    await createTicket(ticket(), [], { ip });
    await createTicket(ticket(), [], { ip });
    expect(await checkRequest(ip)).toEqual({ banned: false });

    await createTicket(ticket(), [], { ip });
    expect(await checkRequest(ip)).toMatchObject({ banned: true });
    expect((await banHistory(ip)).map((ban) => ban.reason)).toEqual(["ticket_submissions"]);
  });

  it("repeated requests for emailed links ban the address", async () => {
    const ip = newIpv4();
    await requestSignInLink({ email: nobody(), ip, context: "track" });
    await requestRegistration({ name: "New", email: nobody(), password: "long enough pw 1", ip });
    await requestSignInLink({ email: nobody(), ip, context: "sign_in" });
    expect(await checkRequest(ip)).toEqual({ banned: false });

    await requestSignInLink({ email: nobody(), ip, context: "sign_in" });
    expect(await checkRequest(ip)).toMatchObject({ banned: true });
    expect((await banHistory(ip)).map((ban) => ban.reason)).toEqual(["link_requests"]);
  });

  it("a client whose address could not be read is never banned: all such would share it", async () => {
    for (let count = 1; count <= 12; count++) {
      expect(await checkRequest("unknown")).toEqual({ banned: false });
    }
  });
}
