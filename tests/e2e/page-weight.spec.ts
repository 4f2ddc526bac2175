import { expect, test } from "@playwright/test";
import {
  formatPageWeights,
  measurePageWeight,
  pageWeightBudgetBytes,
  publicPages,
} from "../../scripts/page-weight";

test("the public pages send at most 150 KB of compressed JavaScript", async ({
  browser,
  baseURL,
}, testInfo) => {
  const weights = [];
  for (const target of publicPages) {
    weights.push(await measurePageWeight(browser, baseURL ?? "", target));
  }
  const table = formatPageWeights(weights);
  process.stdout.write(
    `\nJavaScript per public page (budget ${pageWeightBudgetBytes} bytes gzip)\n${table}\n`,
  );
  await testInfo.attach("page-weight", { body: table, contentType: "text/plain" });

  for (const weight of weights) {
    expect(weight.scripts, `${weight.path} loads its scripts`).toBeGreaterThan(0);
    expect(weight.gzipBytes, `${weight.path}\n${table}`).toBeLessThanOrEqual(pageWeightBudgetBytes);
  }
  // The production server compresses what it sends; a proxy in front may do it instead.
  expect(weights.flatMap((weight) => weight.encodings)).toContain("gzip");
});
