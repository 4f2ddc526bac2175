import { readFileSync, rmSync, writeFileSync } from "node:fs";

/**
 * PGlite has no lock of its own, and two processes writing one data folder corrupt it. This
 * lock file beside the folder names the process that has it open; a second process is refused
 * with a message, and a lock left by a process that died is taken over.
 */
export function lockPgliteFolder(dir: string): () => void {
  const file = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      const release = () => rmSync(file, { force: true });
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(file, "utf8"));
      if (holder !== process.pid && isRunning(holder)) {
        throw new Error(
          `The PGlite database in ${dir} is in use by another process (pid ${holder}). ` +
            "Stop it first, or give this process its own PGLITE_DIR.",
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the PGlite database in ${dir}`);
}

/** The id of the live process that has the PGlite folder open, or null when none has. */
export function pgliteFolderHolder(dir: string): number | null {
  let holder: number;
  try {
    holder = Number(readFileSync(`${dir}.lock`, "utf8"));
  } catch {
    return null;
  }
  return holder !== process.pid && isRunning(holder) ? holder : null;
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
