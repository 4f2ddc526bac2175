import { readFileSync } from "node:fs";

// Linux counts a process's CPU time in clock ticks of 10 ms (USER_HZ is 100 on every
// mainstream kernel).
const msPerTick = 10;

/**
 * The CPU time a process has used so far, in milliseconds, or null where /proc is missing.
 * Unlike throughput, this does not depend on what else runs on the machine.
 */
export function processCpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * msPerTick;
  } catch {
    return null;
  }
}
