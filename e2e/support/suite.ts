import { after, before } from "node:test";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { startServer, type TestServer } from "./server";

/**
 * One built app (own port, database and outbox) and one Chromium for a test file: started
 * before its tests, stopped after. The callback receives them once they are up.
 */
export function withAppAndBrowser(ready: (server: TestServer, browser: Browser) => void): void {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ready(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
}
