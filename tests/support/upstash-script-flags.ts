import { createHash } from "node:crypto";

export interface ForRedis {
  command: string[];
  /** Turns Redis's answer into the one Upstash gives. */
  answer: (result: unknown) => unknown;
}

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");
const same = (result: unknown) => result;

/**
 * Redis 7.0 refuses the `allow-key-locking` flag in a script's shebang, which Upstash accepts
 * and @upstash/ratelimit sends. This drops the flag before Redis sees a script, and keeps the
 * hash of the script as it was sent, as Upstash would, so EVALSHA of that hash finds it.
 */
export function scriptFlagBridge(): (command: string[]) => ForRedis {
  const hashes = new Map<string, string>();

  return (command) => {
    const [name = "", first = "", ...rest] = command;
    const verb = name.toUpperCase();
    const script = verb === "EVAL" ? first : verb === "SCRIPT" ? (rest[0] ?? "") : "";
    if (/^#!lua[^\n]*flags=allow-key-locking/.test(script)) {
      const accepted = script.replace(/^(#!lua[^\n]*?)\s*flags=allow-key-locking/, "$1");
      hashes.set(sha1(script), sha1(accepted));
      return verb === "EVAL"
        ? { command: [name, accepted, ...rest], answer: same }
        : { command: [name, first, accepted], answer: () => sha1(script) };
    }
    const known = verb === "EVALSHA" ? hashes.get(first) : undefined;
    return { command: known ? [name, known, ...rest] : command, answer: same };
  };
}
