import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { OutboxEmail } from "@/db/schema";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { TemplateError } from "./templates/registry";

/** What the outbox's `data` column holds: the template data, encrypted. */
export interface SealedEmailData {
  sealed: string;
}

type StoredEmail = Pick<OutboxEmail, "template" | "recipient" | "data">;

const algorithm = "aes-256-gcm";
const ivBytes = 12;
const tagBytes = 16;

let key: Buffer | undefined;

/** A key of its own for the outbox, derived from the auth secret. */
function outboxKey(): Buffer {
  key ??= Buffer.from(hkdfSync("sha256", getAuthSecret(), "", "podpora:outbox:v1", 32));
  return key;
}

/** Binds the data to its email: it opens only for the template and address it was sealed for. */
function associatedData(email: Pick<StoredEmail, "template" | "recipient">): Buffer {
  return Buffer.from(JSON.stringify([email.template, email.recipient]));
}

function isSealed(data: unknown): data is SealedEmailData {
  if (typeof data !== "object" || data === null) return false;
  const keys = Object.keys(data);
  return keys.length === 1 && typeof (data as { sealed?: unknown }).sealed === "string";
}

/**
 * Encrypts an email's template data (AES-256-GCM) for the outbox, so that its links, which
 * carry raw tokens, are no use to anyone who reads the database or a backup of it.
 */
export function sealEmailData(email: StoredEmail): SealedEmailData {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv(algorithm, outboxKey(), iv, { authTagLength: tagBytes }).setAAD(
    associatedData(email),
  );
  const plain = Buffer.from(JSON.stringify(email.data));
  const encrypted = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { sealed: Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString("base64url") };
}

/**
 * The template data of a stored email. Rows queued before data was sealed are plain and are
 * returned as they are. Throws a `TemplateError` for data that does not open.
 */
export function openEmailData(email: StoredEmail): unknown {
  if (!isSealed(email.data)) return email.data;

  const bytes = Buffer.from(email.data.sealed, "base64url");
  try {
    const decipher = createDecipheriv(algorithm, outboxKey(), bytes.subarray(0, ivBytes), {
      authTagLength: tagBytes,
    })
      .setAAD(associatedData(email))
      .setAuthTag(bytes.subarray(ivBytes, ivBytes + tagBytes));
    const plain = Buffer.concat([
      decipher.update(bytes.subarray(ivBytes + tagBytes)),
      decipher.final(),
    ]);
    return JSON.parse(plain.toString("utf8"));
  } catch {
    throw new TemplateError(
      "the stored email data cannot be opened: it was sealed with another AUTH_SECRET or altered",
    );
  }
}
