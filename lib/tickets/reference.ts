import { randomInt } from "node:crypto";

/** Letters and digits that cannot be mistaken for one another when read aloud or copied. */
const alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A new ticket reference such as `K7QM-4XTD`: random (about 39 bits), so not guessable. */
export function newReference(): string {
  let code = "";
  for (let i = 0; i < 8; i++) code += alphabet[randomInt(alphabet.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * The stored form of a reference as a person may type it: any case, spaces or no hyphen.
 * Returns null for anything that cannot be a reference.
 */
export function normaliseReference(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== 8 || [...code].some((character) => !alphabet.includes(character))) {
    return null;
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
