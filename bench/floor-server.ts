/**
 * The floor of the benchmark: the SQL Podpora runs for each measured page or form, behind a bare
 * node:http server with postgres.js and nothing else (no framework, no session, no rendering).
 * The statements follow lib/tickets/create-ticket.ts (with find-or-create-requester, the
 * outbox and notify-staff), lib/tickets/list-tickets.ts and lib/staff/list-staff-tickets.ts
 * with the queue page's queue-options and list-staff-members.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import postgres from "postgres";
import { newReference } from "../lib/tickets/reference";

const sql = postgres(process.env.DATABASE_URL ?? "", { max: 10, onnotice: () => {} });
const port = Number(process.env.PORT ?? 3316);
const perPage = 20;

async function submitTicket(form: URLSearchParams) {
  const email = (form.get("email") ?? "").trim().toLowerCase();
  const name = form.get("name") ?? "";
  const subject = form.get("subject") ?? "";
  const description = form.get("description") ?? "";
  return sql.begin(async (tx) => {
    const [requester] = await tx`insert into users (id, name, email) values (${randomUUID()},
      ${name}, ${email}) on conflict (email) do update set name = coalesce(users.name,
      excluded.name) returning id`;
    const [ticket] = await tx`insert into tickets (reference, subject, category, requester_id,
      organisation_id, submission_key) values (${newReference()}, ${subject},
      ${form.get("category") ?? ""}, ${requester?.id}, (select organisation_id from memberships
      where user_id = ${requester?.id}), ${randomUUID()}) on conflict (submission_key) do nothing
      returning id, reference`;
    await tx`insert into messages (ticket_id, author_id, body) values (${ticket?.id},
      ${requester?.id}, ${description}) returning id`;
    const confirmation = { name, reference: ticket?.reference, subject, trackUrl: "/track" };
    await tx`insert into outbox (recipient, template, data, next_attempt_at) values (${email},
      'ticket_confirmation', ${tx.json(confirmation)}, ${new Date()}) returning id`;
    const [notice] = await tx`select t.reference, t.subject, u.email as assignee from tickets t
      left join staff_members s on s.user_id = t.assignee_id and s.deactivated_at is null
      left join users u on u.id = s.user_id where t.id = ${ticket?.id}`;
    const agents = await tx`select u.email from staff_members s join users u on u.id = s.user_id
      where s.deactivated_at is null`;
    for (const agent of agents) {
      const data = { event: "new_ticket", reference: notice?.reference, subject, ticketUrl: "/" };
      await tx`insert into outbox (recipient, template, data, next_attempt_at) values
        (${agent.email}, 'staff_ticket_activity', ${tx.json(data)}, ${new Date()}) returning id`;
    }
    return ticket?.reference as string;
  });
}

async function myTickets(userId: string) {
  const [rows, counted] = await Promise.all([
    sql`select t.id, t.reference, t.subject, t.status, t.created_at, t.last_activity_at,
      coalesce(nullif(u.name, ''), u.email) as requester
      from tickets t join users u on u.id = t.requester_id
      where t.requester_id = ${userId} order by t.last_activity_at desc, t.id desc
      limit ${perPage} offset 0`,
    sql`select count(*) from tickets where requester_id = ${userId}`,
  ]);
  return { tickets: rows, total: Number(counted[0]?.count) };
}

async function staffQueue() {
  const [rows, perStatus, organisations, categories, team] = await Promise.all([
    sql`select t.id, t.reference, t.subject, t.status, t.priority, t.category,
      u.email as requester, o.name as organisation, t.assignee_id, t.last_activity_at
      from tickets t join users u on u.id = t.requester_id
      left join organisations o on o.id = t.organisation_id
      where true order by t.last_activity_at desc, t.id desc limit ${perPage} offset 0`,
    sql`select status, count(*) from tickets group by status`,
    sql`select id, name from organisations order by name`,
    sql`select category from (with recursive found(category) as (
        (select category from tickets order by category limit 1)
        union all
        select (select category from tickets where category > found.category
          order by category limit 1) from found where found.category is not null)
      select category from found where category is not null) as categories`,
    sql`select s.user_id, s.role, s.deactivated_at, u.email, u.name, u.password_hash
      from staff_members s join users u on u.id = s.user_id order by u.email`,
  ]);
  const total = perStatus.reduce((sum, row) => sum + Number(row.count), 0);
  return { rows, total, perStatus, organisations, categories, team };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? "/", "http://floor");
  try {
    let result: unknown;
    if (request.method === "POST" && url.pathname === "/tickets") {
      result = { reference: await submitTicket(new URLSearchParams(await readBody(request))) };
    } else if (url.pathname === "/my-tickets") {
      result = await myTickets(url.searchParams.get("user") ?? "");
    } else if (url.pathname === "/staff") {
      result = await staffQueue();
    } else {
      response.writeHead(url.pathname === "/" ? 200 : 404).end();
      return;
    }
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
  } catch (error) {
    console.error(error);
    response.writeHead(500).end();
  }
});
server.listen(port, "127.0.0.1", () => process.stdout.write(`floor listening on ${port}\n`));
process.once("SIGTERM", () =>
  server.close(() => sql.end({ timeout: 2 }).then(() => process.exit(0))),
);
