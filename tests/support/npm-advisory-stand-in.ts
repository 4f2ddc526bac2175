import { randomInt } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";

/**
 * A stand-in for the npm registry's bulk advisory endpoint, the one `npm audit` posts the
 * installed packages to. Packument requests get 404, which npm audit tolerates.
 */
export interface Advisory {
  title: string;
  severity: "low" | "moderate" | "high" | "critical";
  vulnerableVersions: string;
}

export interface NpmAdvisoryStandIn {
  url: string;
  /** The packages and versions of the last audit request. */
  lastAsked: () => Record<string, string[]> | undefined;
  close: () => Promise<void>;
}

export async function startNpmAdvisoryStandIn(
  advisories: Record<string, Advisory> | "refuse",
): Promise<NpmAdvisoryStandIn> {
  let asked: Record<string, string[]> | undefined;
  // npm caches what it learns about an advisory by its id: ids must not repeat across stand-ins.
  const firstId = randomInt(1_000_000, 1_000_000_000);
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (request.method !== "POST" || !request.url?.endsWith("/security/advisories/bulk")) {
        response.writeHead(404).end();
        return;
      }
      if (advisories === "refuse") {
        response.writeHead(405, { allow: "GET, HEAD" }).end();
        return;
      }
      const body = Buffer.concat(chunks);
      const gzipped = request.headers["content-encoding"] === "gzip";
      asked = JSON.parse((gzipped ? gunzipSync(body) : body).toString("utf8"));
      const answer = Object.fromEntries(
        Object.entries(advisories).map(([name, advisory], index) => [
          name,
          [
            {
              id: firstId + index,
              url: `https://advisories.example/${firstId + index}`,
              title: advisory.title,
              severity: advisory.severity,
              vulnerable_versions: advisory.vulnerableVersions,
              cwe: [],
              cvss: { score: 0, vectorString: null },
            },
          ],
        ]),
      );
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    lastAsked: () => asked,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
