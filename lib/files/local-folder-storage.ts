import "server-only";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { FileStorage } from "./storage";

const safeKey = /^[a-z0-9][a-z0-9-]{7,63}$/;

/** The embedded default: attachments as files in a local folder, named by their key. */
export class LocalFolderStorage implements FileStorage {
  constructor(private readonly folder: string) {}

  private pathOf(key: string): string {
    if (!safeKey.test(key))
      throw new Error(`Refusing an unexpected storage key: ${key.slice(0, 80)}`);
    return path.join(this.folder, key.slice(0, 2), key);
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes, { flag: "wx" });
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.pathOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
