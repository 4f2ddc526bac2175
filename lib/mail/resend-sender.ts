import "server-only";
import { Resend } from "resend";
import { getConfig } from "@/lib/config/config";

export interface OutgoingEmail {
  /** The outbox row's id; it makes the provider's idempotency key. */
  id: string;
  to: string;
  from: string;
  subject: string;
  html: string;
  text: string;
}

export type SendResult =
  | { ok: true; providerMessageId: string }
  | { ok: false; permanent: boolean; error: string; retryAfterMs?: number };

export interface MailSender {
  send(email: OutgoingEmail): Promise<SendResult>;
}

export interface ResendSenderOptions {
  apiKey: string;
  baseUrl?: string;
  timeoutMs?: number;
}

class SendTimeout extends Error {}

/**
 * A provider's answer that will never change on retry: a bad request, an unknown sender. A
 * refused API key (401, 403) is retried, so that fixing the key delivers what waited.
 */
function isPermanent(statusCode: number | null | undefined) {
  if (typeof statusCode !== "number") return false;
  return statusCode >= 400 && statusCode < 500 && ![401, 403, 409, 429].includes(statusCode);
}

/** The wait a provider asks for in `retry-after`, in seconds or as an HTTP date; else undefined. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date starts with the day's name; Date.parse alone would take "1.5" for a date.
  const date = /^[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(date - now, 0);
}

/** Keeps an error short and free of anything that looks like an API key. */
function safeText(text: string, apiKey: string) {
  const withoutKey = apiKey === "" ? text : text.split(apiKey).join("[redacted]");
  return withoutKey.replace(/re_\w+/g, "re_[redacted]").slice(0, 300);
}

/** Delivers outbox emails through Resend, with the outbox id as the idempotency key. */
export function createResendSender(options: ResendSenderOptions): MailSender {
  const resend = new Resend(options.apiKey, { baseUrl: options.baseUrl });
  const timeoutMs = options.timeoutMs ?? 10_000;

  return {
    async send(email) {
      const abort = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          abort.abort();
          reject(new SendTimeout());
        }, timeoutMs);
      });
      const request = resend.emails.send(
        {
          from: email.from,
          to: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
        },
        { idempotencyKey: `podpora-outbox/${email.id}`, signal: abort.signal },
      );
      // A request still running after the timeout must not end as an unhandled rejection.
      request.catch(() => {});

      try {
        const { data, error, headers } = await Promise.race([request, timeout]);
        if (data) return { ok: true, providerMessageId: data.id };
        const status = error?.statusCode ?? "no status";
        const message = `Resend ${error?.name ?? "error"} (${status}): ${error?.message ?? ""}`;
        return {
          ok: false,
          permanent: isPermanent(error?.statusCode),
          error: safeText(message, options.apiKey),
          retryAfterMs: retryAfterMs(headers?.["retry-after"]),
        };
      } catch (error) {
        if (error instanceof SendTimeout) {
          return { ok: false, permanent: false, error: `Resend did not answer in ${timeoutMs} ms` };
        }
        const name = error instanceof Error ? error.name : "unknown error";
        return { ok: false, permanent: false, error: `Resend request failed: ${name}` };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** The Resend sender when `RESEND_API_KEY` is set; otherwise null and mail waits in the outbox. */
export function getConfiguredSender(): MailSender | null {
  const { resendApiKey, resendBaseUrl } = getConfig().mail;
  if (!resendApiKey) return null;
  return createResendSender({ apiKey: resendApiKey, baseUrl: resendBaseUrl });
}
