import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The WCAG 2.2 AA rule sets the portal promises to meet. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** One line per failing element, so a failure says what to fix and where. */
function describeViolations(results: Awaited<ReturnType<AxeBuilder["analyze"]>>) {
  return results.violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}): ${violation.help}\n` +
          `  at ${node.target.join(" ")}\n  ${node.failureSummary?.replaceAll("\n", "\n  ")}`,
      ),
    )
    .join("\n");
}

/**
 * Runs axe on the page as it is now; `state` names what the page shows in the report.
 * `exclude` leaves out a part axe cannot enter, such as a sandboxed frame that runs no script.
 */
export async function expectNoAxeViolations(page: Page, state: string, exclude?: string) {
  const builder = new AxeBuilder({ page }).withTags(wcagTags);
  const results = await (exclude ? builder.exclude(exclude) : builder).analyze();
  expect(describeViolations(results), `axe on ${state} (${page.url()})`).toBe("");
}
