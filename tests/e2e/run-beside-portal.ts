import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { e2eDataDir, repositoryRoot } from "./e2e-paths";

/**
 * Runs an npm script beside the running e2e portal, as an operator would (`npm run ban:lift`,
 * `npm run staff:create-admin`), with the portal's own data folder and address.
 */
export async function runBesidePortal(script: string, args: string[], baseURL: string) {
  const { stdout } = await promisify(execFile)("npm", ["run", "-s", script, "--", ...args], {
    cwd: repositoryRoot,
    env: { ...process.env, PODPORA_DATA_DIR: e2eDataDir, DATABASE_URL: "", APP_URL: baseURL },
  });
  return stdout;
}
