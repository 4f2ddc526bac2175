import "server-only";
import { escapeHtml } from "@/lib/mail/templates/escape-html";

export interface BannedRequest {
  pathname: string;
  headers: Headers;
}

export interface BanNotice {
  /** The client's own address, shown so that they can quote it to support. */
  clientIp: string;
  until: Date;
  supportEmail: string;
  /** The Content-Security-Policy nonce of this response, for the notice's own styles. */
  nonce?: string;
}

/**
 * The answer to every request from a banned address: 429 with Retry-After. People opening a
 * page get a short notice; server actions and /api routes get a small JSON body.
 *
 * A form sent from an open page is a server action too, and Next.js's client shows a generic
 * error for an answer that is not its own. So a server action's answer also asks the client to
 * open the page again (`x-action-redirect`, the header Next.js's own redirects use), which
 * then loads as the notice.
 */
export function bannedResponse(request: BannedRequest, notice: BanNotice, now = new Date()) {
  const seconds = Math.max(1, Math.ceil((notice.until.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  const headers = { "retry-after": String(seconds), "cache-control": "no-store" };
  const wantsJson =
    request.headers.has("next-action") ||
    request.pathname === "/api" ||
    request.pathname.startsWith("/api/");

  if (wantsJson) {
    const action: Record<string, string> = request.headers.has("next-action")
      ? { "x-action-redirect": `${request.pathname};replace` }
      : {};
    const message =
      `This IP address is temporarily banned. Try again in ${minutesText(minutes)}; ` +
      `if it is still banned then, write to ${notice.supportEmail}.`;
    return Response.json(
      {
        error: "ip_banned",
        message,
        retryAfterSeconds: seconds,
        supportEmail: notice.supportEmail,
      },
      { status: 429, headers: { ...headers, ...action } },
    );
  }
  return new Response(noticePage(notice, minutes), {
    status: 429,
    headers: { ...headers, "content-type": "text/html; charset=utf-8" },
  });
}

function minutesText(minutes: number) {
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

function noticePage(notice: BanNotice, minutes: number) {
  const email = escapeHtml(notice.supportEmail);
  const ip = escapeHtml(notice.clientIp);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Access temporarily blocked · Podpora Support</title>
<style${notice.nonce ? ` nonce="${escapeHtml(notice.nonce)}"` : ""}>
body{margin:0;font:1.0625rem/1.6 system-ui,sans-serif;color:#0f172a;background:#f8fafc}
main{max-width:40rem;margin:4rem auto;padding:2rem;background:#fff;border:1px solid #cbd5e1;border-radius:.5rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 1rem}
a{color:#1d4ed8}
a:focus{outline:3px solid #1d4ed8;outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>Your IP address is temporarily banned</h1>
<p>We saw unusual activity from your IP address (<strong>${ip}</strong>), such as repeated
failed sign-ins or too many requests, so the support portal is blocking it for a short while.</p>
<p>The ban lifts by itself in about <strong>${minutesText(minutes)}</strong>. You do not need to
do anything: wait, then reload this page.</p>
<p>If you still cannot open the portal after that, write to
<a href="mailto:${email}">${email}</a> with your IP address and our team will unblock it for you.</p>
</main>
</body>
</html>
`;
}
