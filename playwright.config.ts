import { defineConfig } from "@playwright/test";
import { e2eDataDir, e2ePort, e2eTarget } from "./tests/e2e/e2e-paths";
import { e2eBaseURL, hostedServices, portalEnv } from "./tests/e2e/e2e-target";

const port = e2ePort;
const baseURL = e2eBaseURL;
// A data folder and build folder of their own per port, emptied before each run, so the tests
// never share PGlite or a build with `npm run dev` or with a second run on another port.
const dataDir = e2eDataDir;
const distDir = port === 3210 ? ".next" : `.next-e2e-${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `test-results/e2e-${e2eTarget}-${port}`,
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    ...(e2eTarget === "hosted"
      ? [
          {
            command: "node_modules/.bin/tsx tests/e2e/hosted-services.ts",
            url: `${hostedServices.controlUrl}/`,
            timeout: 60_000,
            reuseExistingServer: false,
            stderr: "pipe" as const,
          },
        ]
      : []),
    {
      command: `rm -rf "${dataDir}" && npm run build && npm run start`,
      url: `${baseURL}/`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: process.env.E2E_SERVER_LOG ? "pipe" : "ignore",
      stderr: "pipe",
      env: { ...portalEnv, PORT: String(port), HOSTNAME: "127.0.0.1", NEXT_DIST_DIR: distDir },
    },
  ],
});
