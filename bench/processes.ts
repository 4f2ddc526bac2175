import { type ChildProcess, spawn } from "node:child_process";

export interface Started {
  child: ChildProcess;
  stop: () => Promise<void>;
}

/** Runs a command to its end; its output is kept and shown only if it fails. */
export function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(" ")} failed (${code}):\n${output}`));
    });
  });
}

/**
 * Starts a server and waits until `readyUrl` answers 200. The returned `stop` ends it (and
 * only it) and waits for it to exit.
 */
export async function startServer(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  readyUrl: string,
): Promise<Started> {
  const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr?.on("data", (chunk) => {
    errors = (errors + chunk).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };

  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(" ")} exited:\n${errors}`);
    const answer = await fetch(readyUrl).catch(() => null);
    if (answer?.status === 200) return { child, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`${readyUrl} did not answer within 2 minutes:\n${errors}`);
}
