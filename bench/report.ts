import type { Measurement } from "./load";
import type { Scenario } from "./scenarios";

export interface Row {
  size: number;
  scenario: Scenario;
  podpora: Measurement;
  floor: Measurement;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const rate = (value: number) => value.toFixed(0);
const cpu = (measured: Measurement) =>
  measured.cpuMsPerRequest === undefined ? "?" : ms(measured.cpuMsPerRequest);

/** One Markdown table: each size and scenario, Podpora beside the floor, and the ratio. */
export function resultTable(rows: Row[]): string {
  const lines = [
    "| tickets | scenario | Podpora req/s | p50 | p95 | CPU/answer | errors | floor req/s | p50 | p95 | CPU/answer | errors | Podpora/floor |",
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const { size, scenario, podpora, floor } of rows) {
    const ratio = floor.perSecond > 0 ? podpora.perSecond / floor.perSecond : 0;
    lines.push(
      `| ${size.toLocaleString("en")} | ${scenario} | ${rate(podpora.perSecond)} | ${ms(podpora.p50)} | ` +
        `${ms(podpora.p95)} | ${cpu(podpora)} | ${podpora.errors} | ${rate(floor.perSecond)} | ` +
        `${ms(floor.p50)} | ${ms(floor.p95)} | ${cpu(floor)} | ${floor.errors} | ` +
        `${(ratio * 100).toFixed(0)}% |`,
    );
  }
  return lines.join("\n");
}

/** How each scenario's p95 grew from the smallest data set to the largest. */
export function growthTable(rows: Row[]): string {
  const sizes = [...new Set(rows.map((row) => row.size))].sort((a, b) => a - b);
  const smallest = sizes[0];
  const largest = sizes[sizes.length - 1];
  if (sizes.length < 2 || smallest === undefined || largest === undefined) return "";
  const lines = [
    `| scenario | Podpora p95 ${smallest.toLocaleString("en")} → ${largest.toLocaleString("en")} | growth | floor growth |`,
    "|---|---:|---:|---:|",
  ];
  for (const scenario of new Set(rows.map((row) => row.scenario))) {
    const from = rows.find((row) => row.size === smallest && row.scenario === scenario);
    const to = rows.find((row) => row.size === largest && row.scenario === scenario);
    if (!from || !to) continue;
    const growth = (a: Measurement, b: Measurement) => (a.p95 > 0 ? b.p95 / a.p95 : 0).toFixed(2);
    lines.push(
      `| ${scenario} | ${ms(from.podpora.p95)} → ${ms(to.podpora.p95)} | ` +
        `${growth(from.podpora, to.podpora)}x | ${growth(from.floor, to.floor)}x |`,
    );
  }
  return lines.join("\n");
}
