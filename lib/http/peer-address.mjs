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
  const parts = (value ?? "").split(" ");
  return parts.length === 2 && parts[0] === peerKey() ? (parts[1] ?? "") : "";
}

const loopback = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * The header's value for a request that arrived on a connection from `socketAddress`. A request
 * this process sent to itself keeps the address it already carries: Next.js re-sends a server
 * action posted to a page that does not have it to the page that does, over loopback with the
 * original headers, and stamping 127.0.0.1 on it would count the client's failed sign-ins
 * against the server's own address and never against the client's. Only this process knows the
 * key, so no client can make its request pass for one of these.
 * @param {string | string[] | undefined} current the header as the request carries it
 * @param {string} socketAddress
 */
export function stampPeerAddress(current, socketAddress) {
  if (loopback.has(socketAddress) && typeof current === "string" && readPeerAddress(current)) {
    return current;
  }
  return peerAddressValue(socketAddress);
}
