import { randomUUID } from "node:crypto";
import { multipart, readForm } from "./form-replay";
import type { Load } from "./load";

export type Scenario = "submit ticket" | "my tickets" | "staff queue";
export const scenarios: Scenario[] = ["submit ticket", "my tickets", "staff queue"];

const demoCategory = "Technical problem";
let sent = 0;

/** A new ticket's fields; the addresses repeat, so some requesters exist and some are new. */
function ticketFields(): [string, string][] {
  sent++;
  return [
    ["name", `Load Tester ${sent % 500}`],
    ["email", `load${sent % 500}@bench.example`],
    ["subject", `Benchmark ticket ${sent}`],
    ["category", demoCategory],
    ["description", "The report export stops halfway; this ticket comes from the benchmark."],
  ];
}

/** The session cookie the portal sets when `email` signs in through the Log in form. */
export async function signIn(portal: string, email: string, password: string): Promise<string> {
  const page = await fetch(`${portal}/login`).then((answer) => answer.text());
  const form = readForm(page, "password");
  const { body, contentType } = multipart([
    ...form.hidden,
    ["email", email],
    ["password", password],
    ["callbackUrl", "/"],
  ]);
  const answer = await fetch(`${portal}/login`, {
    method: "POST",
    body,
    headers: { "content-type": contentType, origin: portal },
    redirect: "manual",
  });
  const cookie = answer.headers.getSetCookie().find((line) => line.startsWith("podpora.session="));
  if (!cookie) throw new Error(`Signing in as ${email} set no session cookie (${answer.status})`);
  return cookie.split(";")[0] ?? "";
}

/** The three measured requests against the portal, as a browser without JavaScript sends them. */
export async function portalLoads(portal: string, cookies: { customer: string; agent: string }) {
  const page = await fetch(`${portal}/tickets/new`).then((answer) => answer.text());
  const hidden = readForm(page, "subject").hidden.filter(([name]) => name !== "submissionKey");
  const loads: Record<Scenario, Load> = {
    "submit ticket": {
      url: `${portal}/tickets/new`,
      method: "POST",
      headers: { origin: portal },
      body: () => multipart([...hidden, ["submissionKey", randomUUID()], ...ticketFields()]),
      // The answer is the page saying the ticket was sent, with its reference.
      accept: (body) => /[2-9A-Z]{4}-[2-9A-Z]{4}/.test(body) && !body.includes("was not sent"),
    },
    "my tickets": {
      url: `${portal}/my-tickets`,
      headers: { cookie: cookies.customer },
      accept: (body) => body.includes("My Tickets"),
    },
    "staff queue": {
      url: `${portal}/staff`,
      headers: { cookie: cookies.agent },
      accept: (body) => body.includes("Queue"),
    },
  };
  return loads;
}

/** The same three against the floor server (bench/floor-server.ts). */
export function floorLoads(floor: string, customerId: string): Record<Scenario, Load> {
  return {
    "submit ticket": {
      url: `${floor}/tickets`,
      method: "POST",
      body: () => ({
        body: new URLSearchParams(ticketFields()).toString(),
        contentType: "application/x-www-form-urlencoded",
      }),
    },
    "my tickets": { url: `${floor}/my-tickets?user=${customerId}` },
    "staff queue": { url: `${floor}/staff` },
  };
}
