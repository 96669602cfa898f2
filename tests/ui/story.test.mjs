// Browser tests of `parallax serve` and the offline HTML report: Debian's
// Chromium driven by playwright-core (never a downloaded browser).
//
// Environment: PARALLAX (the built binary, required), PX_SOURCE_DIR (the
// checkout; default: two levels up), PX_UI_ARTIFACTS (where screenshots go;
// default: ui-artifacts beside the binary, i.e. in the build dir).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const PARALLAX = process.env.PARALLAX;
if (!PARALLAX) throw new Error('PARALLAX must name the parallax binary');
const SRC = process.env.PX_SOURCE_DIR || path.resolve(here, '../..');
const ART = process.env.PX_UI_ARTIFACTS || path.join(path.dirname(path.resolve(PARALLAX)), 'ui-artifacts');
const CHROMIUM = process.env.PX_CHROMIUM || '/usr/bin/chromium';

let tmp, server, base, browser, stories;
const dialogs = [];
const external = [];
const pageErrors = [];

function startServer(db) {
  return new Promise((resolve, reject) => {
    const p = spawn(PARALLAX, ['serve', '--db', db, '--port', '0',
                               '--sources', path.join(SRC, 'examples/sources.json')],
                    { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error('serve did not start: ' + out)), 15000);
    p.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) { clearTimeout(timer); resolve({ proc: p, base: `http://127.0.0.1:${m[1]}` }); }
    });
    p.on('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited ${code}: ${out}`)); });
  });
}

async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  // Nothing may leave the machine: every request must go to our server
  // (or be the file:// report).  Anything else is recorded and refused.
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(base + '/') || u.startsWith('file://') || u.startsWith('data:')) return route.continue();
    external.push(u);
    return route.abort();
  });
  return page;
}

function storyOf(pathPart) {
  return stories.find((s) => s.articles.some((a) => (a.path || '').includes(pathPart)));
}
function articleOf(pathPart) {
  for (const s of stories) for (const a of s.articles) if ((a.path || '').includes(pathPart)) return a;
  return null;
}

before(async () => {
  mkdirSync(ART, { recursive: true });
  tmp = mkdtempSync(path.join(tmpdir(), 'pxui-'));
  const db = path.join(tmp, 'ui.db');
  execFileSync(PARALLAX, ['ingest', '--quiet', '--db', db, path.join(SRC, 'examples/news'),
                          path.join(here, 'fixtures')], { stdio: 'inherit' });
  const s = await startServer(db);
  server = s.proc;
  base = s.base;
  stories = JSON.parse(execFileSync(PARALLAX, ['stories', '--db', db, '--format', 'json']).toString());
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // playwright gives every launch a fresh, empty profile directory
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.kill('SIGTERM');
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('the API answers with the same stories as the CLI', async () => {
  const res = await fetch(base + '/api/stories');
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), stories);
});

test('story page: columns, shared passages, quotes, graph, timeline, coverage', async () => {
  const fire = storyOf('harbourtimes-tallow-point-fire');
  assert.ok(fire, 'the fire story exists');
  const page = await newPage();
  const res = await page.goto(`${base}/story/${fire.id}`);
  assert.equal(res.status(), 200);

  // one column per article
  const cols = await page.locator('#columns article.col').count();
  assert.equal(cols, fire.articles.length);

  // shared passages: some data-fact appears in several columns, with one colour
  const facts = await page.evaluate(() => {
    const by = {};
    for (const s of document.querySelectorAll('.col .shared[data-fact]')) {
      const f = s.dataset.fact;
      (by[f] ||= { cols: new Set(), colours: new Set() });
      by[f].cols.add(s.closest('.col').id);
      by[f].colours.add(getComputedStyle(s).backgroundColor);
    }
    return Object.entries(by).map(([f, v]) => ({ f, cols: v.cols.size, colours: [...v.colours] }));
  });
  const wide = facts.filter((x) => x.cols >= 2);
  assert.ok(wide.length >= 3, `facts shared across columns: ${JSON.stringify(facts.slice(0, 5))}`);
  for (const x of wide) {
    assert.equal(x.colours.length, 1, `fact ${x.f} has one colour everywhere`);
    assert.notEqual(x.colours[0], 'rgba(0, 0, 0, 0)', `fact ${x.f} is highlighted`);
  }

  // the server's script: pointing at a passage lights it in every column
  const f = wide[0].f;
  await page.locator(`.col .shared[data-fact="${f}"]`).first().hover();
  const lit = await page.locator(`.shared.lit[data-fact="${f}"]`).count();
  assert.ok(lit >= 2, 'hovering lights the passage in several columns');

  // quote panel: a speaker, several outlets, each with its wording
  const varden = page.locator('#quotes .quote-group', { hasText: 'Varden' }).first();
  assert.ok(await varden.count() === 1, 'the mayor is in the quote panel');
  assert.ok(await varden.locator('li.quote-use').count() >= 2, 'the mayor is carried by several outlets');
  assert.match(await varden.locator('.wording').first().textContent(), /longest night/);

  // reuse graph: SVG edges origin -> derived with the share of reused text
  const edges = page.locator('#reuse svg.reuse-graph g.edge');
  assert.ok(await edges.count() >= 2, 'the graph has reuse edges');
  assert.match(await edges.first().locator('text').textContent(), /\d+%/);
  assert.ok(await page.locator('#reuse svg g.node').count() === fire.articles.length);

  // timeline, summary linked to sentences, coverage by source label
  assert.ok(await page.locator('#timeline svg .tl-item').count() >= fire.articles.length - 1);
  const sumHref = await page.locator('#summary a.to-sentence').first().getAttribute('href');
  assert.ok(await page.locator(sumHref).count() === 1, 'a summary line links to its sentence');
  assert.match(await page.locator('#coverage table').textContent(), /Example Media Watch/);

  await page.screenshot({ path: path.join(ART, 'story.png'), fullPage: false });
  await page.locator('#columns').screenshot({ path: path.join(ART, 'story-columns.png') });
  await page.locator('#reuse svg').screenshot({ path: path.join(ART, 'story-graph.png') });
  await page.locator('#quotes').screenshot({ path: path.join(ART, 'story-quotes.png') });

  // click through to an article
  await page.locator('#columns article.col h3 a.to-article').first().click();
  await page.waitForURL(/\/article\/\d+$/);
  assert.ok(await page.locator('#text p').count() >= 3, 'the article text is shown');
  assert.ok(await page.locator('#meta table').count() === 1, 'metadata beside the text');
  await page.screenshot({ path: path.join(ART, 'article.png'), fullPage: false });
  await page.close();
});

test('story page: dates mentioned, numbers that differ, attribution chains', async () => {
  const fire = storyOf('harbourtimes-tallow-point-fire');
  const page = await newPage();
  assert.equal((await page.goto(`${base}/story/${fire.id}`)).status(), 200);
  // the fire (Monday 10 March) is a row, and its sentence link lands on a sentence
  const row = page.locator('#dates table tr', { hasText: '2025-03-10' });
  assert.equal(await row.count(), 1, 'the day of the fire is listed once');
  const href = await row.locator('a.to-sentence').getAttribute('href');
  assert.equal(await page.locator(href).count(), 1, 'the date links to its sentence');
  assert.ok(await row.locator('td').nth(2).textContent().then((t) => t.split(',').length >= 3),
            'several outlets mention the day');
  // injured: 12 against 14
  const numbers = await page.locator('#numbers').textContent();
  assert.match(numbers, /12 people/);
  assert.match(numbers, /14 people/);
  // a re-report citing the original, which quotes the union
  const chain = page.locator('#chains li', { hasText: 'Marek Dunne' }).first();
  assert.match(await chain.textContent(), /Meridian Observer → Harbour Times → Marek Dunne/);
  await page.locator('#dates').screenshot({ path: path.join(ART, 'story-dates.png') });
  await page.locator('#numbers').screenshot({ path: path.join(ART, 'story-numbers.png') });
});

test('hostile article text is shown literally and nothing executes', async () => {
  const hostile = articleOf('quayside-hostile-markup');
  assert.ok(hostile, 'the hostile fixture was ingested');
  const story = storyOf('quayside-hostile-markup');
  const page = await newPage();

  for (const url of [`${base}/article/${hostile.id}`, `${base}/story/${story.id}`,
                     `${base}/?q=onerror`]) {
    assert.equal((await page.goto(url)).status(), 200, url);
    const state = await page.evaluate(() => ({
      pwned: window.__pxPwned, pageScript: window.__pxPageScript,
      iframes: document.querySelectorAll('iframe').length,
      imgs: document.querySelectorAll('main img').length,
      jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^javascript:/i.test(a.getAttribute('href'))).length,
      scripts: [...document.scripts].map((s) => s.src),
      text: document.body.innerText,
    }));
    assert.equal(state.pwned, undefined, `${url}: no payload ran`);
    assert.equal(state.pageScript, undefined, `${url}: the page's own script was not carried over`);
    assert.equal(state.iframes, 0, `${url}: no iframe`);
    assert.equal(state.imgs, 0, `${url}: no img`);
    assert.equal(state.jsLinks, 0, `${url}: no javascript: link`);
    assert.deepEqual(state.scripts, [`${base}/static/app.js`], `${url}: only our script`);
    if (!url.includes('?q=')) {
      assert.ok(state.text.includes('<script>window.__pxPwned = 1; alert("pwned")</script>'), `${url}: script shown as text`);
      assert.ok(state.text.includes(`onerror="window.__pxPwned=2;alert('img')"`), `${url}: onerror shown as text`);
    } else {
      assert.ok(state.text.includes('onerror'), 'search snippet shows the payload as text');
    }
  }
  await page.goto(`${base}/article/${hostile.id}`);
  assert.match(await page.title(), /<script>alert\("title"\)<\/script>/, 'the title is literal too');
  await page.screenshot({ path: path.join(ART, 'hostile-article.png') });
  assert.deepEqual(dialogs, [], 'no dialog was opened');
  await page.close();
});

test('stories list: search, filters, source page', async () => {
  const page = await newPage();
  await page.goto(base + '/');
  assert.ok(await page.locator('li.story-item').count() >= 3);
  // newest first: the list follows the API's order
  const ids = await page.locator('li.story-item').evaluateAll((els) => els.map((e) => Number(e.dataset.story)));
  assert.deepEqual(ids, stories.map((s) => s.id));
  await page.fill('input[name=q]', 'sprinkler');
  await Promise.all([page.waitForURL(/q=sprinkler/), page.click('form.filters button')]);
  assert.ok(await page.locator('#search li.result').count() >= 1, 'search finds articles');
  assert.ok(await page.locator('#search mark').count() >= 1, 'hits are marked');
  await page.screenshot({ path: path.join(ART, 'stories-search.png') });

  await page.goto(base + '/?from=2025-03-10&to=2025-03-10');
  const day = await page.locator('li.story-item').count();
  assert.equal(day, 1, 'one story has an article on 10 March (the cheese festival)');
  await page.goto(base + '/?source=kickoffweekly.example');
  assert.equal(await page.locator('li.story-item').count(), 1, 'source filter');

  await page.goto(base + '/article/' + articleOf('harbourtimes-tallow-point-fire').id);
  await Promise.all([page.waitForURL(/\/source\//), page.click('#meta a.source')]);
  assert.match(await page.locator('h1').textContent(), /Harbour Times/);
  assert.ok(Number(await page.locator('.as-origin').textContent()) >= 1, 'the Harbour Times is an origin');
  assert.ok(await page.locator('#published li.source-article', { hasText: 'Tallow Point' }).count() >= 1,
            'the source page lists what it published');
  await page.screenshot({ path: path.join(ART, 'source.png') });
  // the spun copy's outlet reuses another's text, and is nobody's origin
  await page.goto(base + '/source/newsflashdaily24.example');
  assert.ok(Number(await page.locator('.as-derived').textContent()) >= 1, 'a copier shows as one');
  await Promise.all([page.waitForURL(/\/article\/\d+$/),
                     page.click('#published li.source-article a[href^="/article/"]')]);
  assert.equal(await page.locator('main.article').count(), 1, 'a published article opens');
  await page.close();
});

test('the offline report is one self-contained file with no script', async () => {
  const fire = storyOf('harbourtimes-tallow-point-fire');
  const file = path.join(tmp, 'report.html');
  execFileSync(PARALLAX, ['story', '--db', path.join(tmp, 'ui.db'), '--format', 'html', '-o', file,
                          '--sources', path.join(SRC, 'examples/sources.json'), String(fire.id)]);
  const page = await newPage();
  await page.goto('file://' + file);
  assert.equal(await page.locator('#columns article.col').count(), fire.articles.length);
  // --sources: coverage by label, every outlet link leading to its column
  const coverage = page.locator('#coverage table.coverage');
  assert.ok(await coverage.isVisible(), 'coverage by source label is shown');
  assert.ok(await coverage.locator('tr', { hasText: 'Ownership' }).locator('.chip', { hasText: 'state' }).count() === 1);
  const href = await coverage.locator('a').first().getAttribute('href');
  assert.equal(await page.locator(href).count(), 1, 'coverage links lead to the article columns');
  assert.equal(await page.evaluate(() => document.scripts.length), 0, 'no script at all');
  assert.equal(await page.evaluate(() => document.querySelectorAll('link[rel=stylesheet]').length), 0, 'CSS inline');
  assert.ok(await page.locator('#reuse svg g.edge').count() >= 2);
  assert.equal(await page.evaluate(() => window.__pxPwned), undefined);
  await page.screenshot({ path: path.join(ART, 'report.png') });
  await page.close();
  assert.deepEqual(external, [], 'no request left the machine');
  assert.deepEqual(pageErrors, [], 'no script error');
});
