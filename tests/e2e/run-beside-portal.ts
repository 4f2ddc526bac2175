import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { repositoryRoot } from "./e2e-paths";
import { portalEnv } from "./e2e-target";

/**
 * Runs an npm script beside the running e2e portal, as an operator would (`npm run ban:lift`,
 * `npm run staff:create-admin`), with the portal's own configuration.
 */
export async function runBesidePortal(script: string, args: string[], baseURL: string) {
  const { stdout } = await promisify(execFile)("npm", ["run", "-s", script, "--", ...args], {
    cwd: repositoryRoot,
    env: { ...process.env, ...portalEnv, APP_URL: baseURL },
  });
  return stdout;
}
