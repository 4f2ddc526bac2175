import "server-only";
import { randomUUID } from "node:crypto";
import { getConfig } from "@/lib/config/config";
import { LocalFolderStorage } from "./local-folder-storage";

/** Where attachment contents live. Keys are made by Podpora, never from a file's name. */
export interface FileStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  remove(key: string): Promise<void>;
}

export function newStorageKey(): string {
  return randomUUID();
}

let storage: FileStorage | undefined;

export function getFileStorage(): FileStorage {
  storage ??= new LocalFolderStorage(getConfig().uploadDir);
  return storage;
}
