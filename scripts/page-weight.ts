import { constants, gzipSync } from "node:zlib";
import type { Browser, Response } from "@playwright/test";

/** The most JavaScript, gzip-compressed, that a public page may send to the browser. */
export const pageWeightBudgetBytes = 150 * 1024;

/** The pages a first-time visitor sees; they must stay light on a slow phone. */
export const publicPages = [
  { name: "Home", path: "/" },
  { name: "Submit a Ticket", path: "/tickets/new" },
  { name: "Track my ticket", path: "/track" },
] as const;

export interface PageWeight {
  name: string;
  path: string;
  scripts: number;
  /** The scripts' bytes once the browser has decoded them. */
  rawBytes: number;
  /** The same bodies gzipped at level 6, the level nginx, Caddy and Next.js's server use. */
  gzipBytes: number;
  /** What the server actually sent over the wire, as Chromium counted it. */
  wireBytes: number;
  /** The Content-Encoding values seen, to show whether the server compresses at all. */
  encodings: string[];
}

async function scriptSize(response: Response) {
  const body = await response.body();
  const sizes = await response.request().sizes();
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: constants.Z_DEFAULT_COMPRESSION }).length,
    wire: sizes.responseBodySize,
    encoding: response.headers()["content-encoding"] ?? "none",
  };
}

/**
 * Loads a page in a fresh browser context (empty cache) and adds up every script it fetches
 * until the network is quiet, so chunks loaded after hydration (prefetches) count too.
 */
export async function measurePageWeight(
  browser: Browser,
  baseURL: string,
  target: { name: string; path: string },
): Promise<PageWeight> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const scripts: Response[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response);
  });
  await page.goto(target.path, { waitUntil: "networkidle" });
  const sizes = await Promise.all(scripts.map(scriptSize));
  await context.close();
  return {
    ...target,
    scripts: sizes.length,
    rawBytes: sizes.reduce((sum, size) => sum + size.raw, 0),
    gzipBytes: sizes.reduce((sum, size) => sum + size.gzip, 0),
    wireBytes: sizes.reduce((sum, size) => sum + size.wire, 0),
    encodings: [...new Set(sizes.map((size) => size.encoding))],
  };
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A plain-text table, one page per row, with the budget verdict. */
export function formatPageWeights(weights: PageWeight[]) {
  const header = ["page", "scripts", "raw", "gzip", "on the wire", "encoding", "budget"];
  const rows = weights.map((weight) => [
    `${weight.name} (${weight.path})`,
    String(weight.scripts),
    kilobytes(weight.rawBytes),
    kilobytes(weight.gzipBytes),
    kilobytes(weight.wireBytes),
    weight.encodings.join(", "),
    weight.gzipBytes <= pageWeightBudgetBytes ? "ok" : `OVER ${kilobytes(pageWeightBudgetBytes)}`,
  ]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => row[column]?.length ?? 0)),
  );
  return [header, ...rows]
    .map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  "))
    .join("\n");
}
