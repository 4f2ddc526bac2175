import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import { type Database, getDb, type Transaction } from "@/db/client";
import { type LinkToken, linkTokens } from "@/db/schema";
import { getConfig } from "@/lib/config/config";

export type LinkPurpose = LinkToken["purpose"];

/** How long each kind of emailed link works. */
export const linkLifetimeMinutes: Record<LinkPurpose, number> = {
  sign_in: 15,
  verify_email: 24 * 60,
  reset_password: 30,
};

const tokenShape = /^[A-Za-z0-9_-]{43}$/;

/** Whether `token` could be one of ours; anything else is refused without a query. */
export function hasTokenShape(token: string): boolean {
  return tokenShape.test(token);
}

/** The only form in which a token is stored. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** A new random token (256 bits) and the hash to store for it. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function linkUrl(token: string): string {
  return `${getConfig().appUrl}/auth/link?token=${token}`;
}

/** A new link token (256 random bits) for one address and one purpose; only its hash is kept. */
export async function issueLinkToken(
  db: Database | Transaction,
  link: {
    email: string;
    purpose: LinkPurpose;
    pendingName?: string;
    pendingPasswordHash?: string;
  },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(linkTokens).values({
    ...link,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + linkLifetimeMinutes[link.purpose] * 60_000),
  });
  return token;
}

export type LinkState =
  | { status: "valid" | "expired" | "used"; purpose: LinkPurpose; email: string }
  | { status: "invalid" };

/** What a link is for and whether it still works, without spending it. */
export async function inspectLinkToken(token: string): Promise<LinkState> {
  if (!tokenShape.test(token)) return { status: "invalid" };
  const db = await getDb();
  const [row] = await db
    .select()
    .from(linkTokens)
    .where(eq(linkTokens.tokenHash, hashToken(token)));
  if (!row) return { status: "invalid" };
  const status = row.usedAt ? "used" : row.expiresAt <= new Date() ? "expired" : "valid";
  return { status, purpose: row.purpose, email: row.email };
}

/**
 * Spends a link token for `purpose`: at most one caller ever gets the row back, and only
 * before it expires. Returns null for anything else.
 */
export async function spendLinkToken(
  tx: Transaction,
  token: string,
  purpose: LinkPurpose,
): Promise<LinkToken | null> {
  if (!tokenShape.test(token)) return null;
  const [row] = await tx
    .update(linkTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(linkTokens.tokenHash, hashToken(token)),
        eq(linkTokens.purpose, purpose),
        isNull(linkTokens.usedAt),
        gt(linkTokens.expiresAt, new Date()),
      ),
    )
    .returning();
  return row ?? null;
}

/**
 * Spends every outstanding registration and reset link of an address. Called whenever its
 * password is set, so that no older link can set another one afterwards.
 */
export async function voidPasswordLinks(db: Database | Transaction, email: string) {
  await db
    .update(linkTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(linkTokens.email, email),
        inArray(linkTokens.purpose, ["verify_email", "reset_password"]),
        isNull(linkTokens.usedAt),
      ),
    );
}
