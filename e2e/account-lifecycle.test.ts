import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MailCatcher } from "../apps/server/test/mail-catcher";
import type { TestServer } from "../apps/server/test/test-server";
import { startAppServer } from "./app-server";
import { collectPageErrors, launchBrowser, snap } from "./browser";

// The whole life of an account through the UI, with mail over a real (in-process) SMTP server:
// sign up, confirm the email by the mailed link, reset a forgotten password, export, delete.
describe("an account's life in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  const mail = new MailCatcher();
  beforeAll(async () => {
    const smtpUrl = await mail.start();
    server = await startAppServer({ SMTP_URL: smtpUrl, PUBLIC_URL: "http://studio.test" });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close({ removeData: true });
    await mail.stop();
  });

  /** The mailed link, opened on the server under test (PUBLIC_URL names the public address). */
  const openMailedLink = async (page: Page, email: string, path: "/verify-email" | "/reset-password") => {
    const link = await mail.linkFor(email, path);
    expect(link.origin).toBe("http://studio.test");
    await page.goto(`${server.url}${link.pathname}${link.search}`);
  };

  it("signs up, verifies by mail, resets a forgotten password, exports and deletes the account", async () => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const email = `life-${Date.now()}@example.com`;

    await page.goto(`${server.url}/signup`);
    expect(await page.getByLabel("Date of birth").count()).toBe(0);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("first password 1");
    await page.getByLabel("Name", { exact: true }).fill("Sky Kim");
    await snap(page, "life-1-signup");
    await page.getByTestId("signup-submit").click();
    await page.waitForURL("**/dashboard");
    await page.getByTestId("verify-banner").waitFor();
    await snap(page, "life-2-unverified-banner");

    await openMailedLink(page, email, "/verify-email");
    await page.getByText("Your email is confirmed.").waitFor();
    await snap(page, "life-3-verified");
    await page.goto(`${server.url}/account`);
    await page.getByTestId("email-status").getByText("Email confirmed").waitFor();
    expect(await page.getByTestId("verify-banner").count()).toBe(0);

    await page.getByRole("button", { name: "Log out" }).first().click();
    await page.waitForURL(`${server.url}/`);
    await page.goto(`${server.url}/login`);
    await page.getByTestId("forgot-link").click();
    // The login form has an Email field too: fill only once the forgot form has replaced it.
    await page.getByTestId("forgot-form").waitFor();
    await page.getByRole("button", { name: "Send the link" }).click();
    await page.getByRole("alert").getByText("Enter your email.").waitFor();
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await page.getByTestId("forgot-sent").waitFor();
    await snap(page, "life-4-forgot-sent");
    await openMailedLink(page, email, "/reset-password");
    await page.getByLabel("New password").fill("second password 2");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await page.getByTestId("reset-done").waitFor();
    await snap(page, "life-5-reset-done");

    await page.goto(`${server.url}/login`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("second password 2");
    await page.getByTestId("login-submit").click();
    await page.waitForURL("**/dashboard");

    await page.goto(`${server.url}/account`);
    await page.getByTestId("account-page").waitFor();
    await snap(page, "life-6-account");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-link").click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, "utf8"));
    expect(exported.account).toMatchObject({ email, name: "Sky Kim" });
    expect(JSON.stringify(exported)).not.toMatch(/argon2/);

    await page.getByTestId("delete-account-form").getByLabel("Password to confirm").fill("second password 2");
    await page.getByRole("button", { name: "Delete my account for good" }).click();
    await page.waitForURL(`${server.url}/`);
    await page.goto(`${server.url}/login`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("second password 2");
    await page.getByTestId("login-submit").click();
    await page.getByRole("alert").waitFor();
    await snap(page, "life-7-deleted-cannot-login");
    expect(errors.filter((e) => !/401|Unauthorized/i.test(e))).toEqual([]);
    await context.close();
  });
});
