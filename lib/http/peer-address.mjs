// The connection's address, as server.mjs hands it to the application. Plain JavaScript without
// "server-only": server.mjs loads it before Next.js, outside any bundle.
import { randomBytes } from "node:crypto";

export const peerAddressHeader = "x-podpora-peer-address";

// Shared through the process's environment: Next.js bundles its own copy of this module, so a
// module-level key here and one there would differ.
const keyVariable = "PODPORA_PEER_KEY";

/** A random key of this process's, made on first use. */
function peerKey() {
  process.env[keyVariable] ??= randomBytes(16).toString("hex");
  return process.env[keyVariable];
}

/**
 * The header's value for a connection from `address`. It carries the process's key, so a client
 * that sends the header itself (to a host where server.mjs does not overwrite it) is not
 * believed.
 * @param {string} address
 */
export function peerAddressValue(address) {
  return `${peerKey()} ${address}`;
}

/**
 * The address in a header's value, or "" when it does not carry this process's key.
 * @param {string | null} value
 */
export function readPeerAddress(value) {
  const [key, address] = (value ?? "").split(" ");
  return key === peerKey() && address !== undefined ? address : "";
}
