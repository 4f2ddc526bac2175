import path from "node:path";

export const repositoryRoot = path.join(import.meta.dirname, "..", "..");

/** The port of the e2e portal; each port gets its own build and data folder. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3210);

/** The e2e portal's data folder, emptied before each run. */
export const e2eDataDir = path.join(repositoryRoot, ".data", `e2e-${e2ePort}`);
