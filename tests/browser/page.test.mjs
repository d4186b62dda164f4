// End-to-end test of `newsidx serve`'s page in headless Chromium, driven by playwright-core.
// It indexes a temporary copy of sample-archive/, starts the real server on a free port, and
// walks the page as a reader would: a link with ?q=, typing, a facet, an article, the back
// button, the keyboard, a phone-width screen. Screenshots land in target/browser/.
//
// Usage: node tests/browser/page.test.mjs [path/to/newsidx]   (default target/debug/newsidx)

import { chromium } from "playwright-core";
import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const binary = resolve(process.argv[2] || join(repo, "target", "debug", "newsidx"));
const shots = join(repo, "target", "browser");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

function indexedSample() {
  const dir = mkdtempSync(join(tmpdir(), "newsidx-browser-"));
  cpSync(join(repo, "sample-archive"), join(dir, "archive"), { recursive: true });
  execFileSync(binary, ["index", join(dir, "archive"), "--index", join(dir, "index")], { stdio: "ignore" });
  return dir;
}

function serve(dir) {
  const server = spawn(binary, ["serve", "--addr", "127.0.0.1:0", "--index", join(dir, "index")], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((done, fail) => {
    server.on("error", fail);
    server.on("exit", (code) => fail(new Error("newsidx serve exited with " + code)));
    server.stdout.once("data", (line) => {
      const url = String(line).match(/http:\/\/\S+\//);
      url ? done({ server, url: url[0] }) : fail(new Error("no URL in " + line));
    });
  });
}

async function titles(page) {
  return page.locator("#hits .hit a.title").allTextContents();
}

async function run() {
  const dir = indexedSample();
  const { server, url } = await serve(dir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  const problems = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 850 } });
    page.on("pageerror", (e) => problems.push("page error: " + e.message));
    page.on("console", (m) => m.type() === "error" && problems.push("console: " + m.text()));

    // A first load with ?q= shows the hits without typing, best first.
    await page.goto(url + "?q=Kremlin");
    await page.waitForSelector("#hits .hit");
    assert.deepEqual(await titles(page), [
      "Witkoff leaves Kremlin talks with no deal on Ukraine ceasefire",
      "Envoy briefs White House after Kremlin talks as allies press for details",
      "Ukraine repairs power plants as diplomats await outcome of US-Russia contacts",
    ]);
    assert.match(await page.locator("#status").textContent(), /Hits 1–3 of 3/);
    assert.equal(await page.locator("#hits mark").first().textContent(), "Kremlin");
    assert.ok(await page.locator("#chart svg rect.bar").count() >= 2, "a month chart of the query");
    await page.screenshot({ path: join(shots, "search.png") });

    // Typing a new query shows its hits (debounced) and puts it in the URL.
    await page.fill("#q", "Ukraine");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "Ukraine");
    await page.waitForFunction(() => document.querySelectorAll("#hits .hit").length === 2);
    assert.deepEqual(await titles(page), [
      "Witkoff leaves Kremlin talks with no deal on Ukraine ceasefire",
      "Ukraine repairs power plants as diplomats await outcome of US-Russia contacts",
    ]);

    // A facet filters on click: back on Kremlin, the agency AP leaves one hit.
    await page.goto(url + "?q=Kremlin");
    await page.waitForSelector("#facets button[data-facet=source]");
    await page.locator("#facets button[data-facet=source]", { hasText: "AP" }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("source") === "AP");
    await page.waitForFunction(() => document.querySelectorAll("#hits .hit").length === 1);
    assert.deepEqual(await titles(page), ["Envoy briefs White House after Kremlin talks as allies press for details"]);
    assert.match(await page.locator("#chips").textContent(), /source: AP/);

    // The article view has every field and the whole body.
    await page.locator("#hits .hit a.title").first().click();
    await page.waitForSelector("article.full");
    assert.equal(await page.locator("article.full h2").textContent(),
      "Envoy briefs White House after Kremlin talks as allies press for details");
    const fields = await page.locator("article.full dl").textContent();
    for (const value of ["2025-12-04", "Maria Sokolova, James Hart", "WASHINGTON", "AP", "witkoff-briefs-white-house.txt"]) {
      assert.ok(fields.includes(value), "the article shows " + value);
    }
    assert.ok((await page.locator("article.full .body p").count()) >= 3, "the whole body, paragraph by paragraph");
    await page.screenshot({ path: join(shots, "article.png"), fullPage: true });

    // Back returns to the filtered hits, and back again to the unfiltered ones.
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll("#hits .hit").length === 1);
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll("#hits .hit").length === 3);
    assert.equal(await page.inputValue("#q"), "Kremlin");

    // The keyboard alone: "/" to the search box, a query, Tab to the first hit, Enter opens it.
    await page.locator("body").click({ position: { x: 5, y: 400 } });
    await page.keyboard.press("/");
    assert.equal(await page.evaluate(() => document.activeElement.id), "q");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("tram strike");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelectorAll("#hits .hit").length === 1);
    await page.locator("#hits .hit a.title").focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("article.full");
    assert.match(await page.locator("article.full h2").textContent(), /Berlin tram drivers strike/);
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.querySelectorAll("#hits .hit").length === 1);

    // A bad query says what is wrong instead of showing nothing.
    await page.goto(url + "?q=" + encodeURIComponent('"unclosed'));
    await page.waitForSelector("#status .error");
    assert.match(await page.locator("#status .error").textContent(), /unclosed/);

    // Readable at a phone's width: nothing wider than the screen.
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(url + "?q=Kremlin");
    await phone.waitForSelector("#hits .hit");
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, "no sideways scrolling at 390 px (overflow " + overflow + " px)");
    await phone.screenshot({ path: join(shots, "phone.png") });

    assert.deepEqual(problems.filter((p) => !p.includes("400 (Bad Request)")), [], "no error in the page");
    console.log("browser test passed; screenshots in " + shots);
  } finally {
    await browser.close();
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

mkdirSync(shots, { recursive: true });
run().catch((err) => {
  console.error(err);
  process.exit(1);
});
