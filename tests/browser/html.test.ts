/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core (no browser download). Where
 * Chromium is missing the tests are skipped and say so; with CORROBORATE_REQUIRE_BROWSER=1 (as .ci/run sets)
 * a missing Chromium fails instead. CORROBORATE_CHROMIUM names another executable.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../../scripts/_chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, toHTML, type Report } from '../../src/index';
import { fixture, valid } from '../helpers';

const installed = existsSync(CHROMIUM);
const required = process.env.CORROBORATE_REQUIRE_BROWSER === '1';
const ARTIFACTS = resolve('tests/artifacts');

const launch = launchChromium;

/** Writes the page to tests/artifacts and opens it from a file:// URL, as a user opens a saved report. */
async function open(browser: Browser, name: string, html: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = resolve(ARTIFACTS, `${name}.html`);
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, reducedMotion: 'reduce' });
  const errors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.setDefaultTimeout(5_000);
  await page.goto(pathToFileURL(file).href);
  return { page, errors, requests, dialogs };
}

const visibleIds = (page: Page) =>
  page.$$eval('.s', (els) => els.filter((e) => !e.hasAttribute('hidden')).map((e) => e.id));
const classesOf = (page: Page, id: string) => page.$eval(`#${id}`, (e) => [...e.classList]);
const activeId = (page: Page) =>
  page.evaluate<string>('document.activeElement ? document.activeElement.id : ""');

if (!installed && !required) {
  console.warn(
    `tests/browser: skipped: chromium not installed at ${CHROMIUM} (Debian: apt-get install chromium)`,
  );
  describe(`browser (skipped: chromium not installed at ${CHROMIUM})`, () => {
    it.skip('skipped: chromium not installed; Debian: apt-get install chromium', () => undefined);
  });
} else if (!installed) {
  describe('browser', () => {
    it(`needs Chromium at ${CHROMIUM} (CORROBORATE_REQUIRE_BROWSER=1)`, () => {
      expect.fail(
        `chromium not installed at ${CHROMIUM}; install it (apt-get install chromium) or unset CORROBORATE_REQUIRE_BROWSER`,
      );
    });
  });
}

if (installed)
  describe('the HTML report in Chromium', () => {
    let browser: Browser;
    let report: Report;
    let session: Awaited<ReturnType<typeof open>>;

    beforeAll(async () => {
      report = valid(
        compare(
          {
            id: 'wapo',
            title: 'Washington Post report (as relayed)',
            text: fixture('fixtures/wapo-vs-pmo/a.txt'),
          },
          { id: 'pmo', title: 'PMO statement', text: fixture('fixtures/wapo-vs-pmo/b.txt') },
        ),
      );
      browser = await launch();
      session = await open(browser, 'wapo-vs-pmo', toHTML(report));
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('loads with no console error, no request beyond the file, and a screenshot', async () => {
      await session.page.screenshot({ path: resolve(ARTIFACTS, 'wapo-vs-pmo.png') });
      expect(session.errors).toEqual([]);
      expect(session.requests).toEqual([]);
      expect(await session.page.title()).toBe('Washington Post report (as relayed) vs PMO statement');
    });

    it('shows the counts and the stance of the report', async () => {
      const { page } = session;
      const count = (key: string) => page.textContent(`[data-count="${key}"]`);
      expect(await count('contradictions')).toBe(String(report.summary.contradictions));
      expect(await count('agreements')).toBe(String(report.summary.agreements));
      expect(await count('partials')).toBe(String(report.summary.partials));
      expect(await count('omissions-a')).toBe(String(report.summary.omissions.a));
      expect(await count('omissions-b')).toBe(String(report.summary.omissions.b));
      expect(await page.textContent('.stance-word')).toBe(report.summary.stance);
    });

    it('lights up the counterparts of a hovered sentence', async () => {
      const { page } = session;
      const link = report.links.find((l) => l.relation === 'contradiction')!;
      const [i, j] = [link.a[0]!, link.b[0]!];
      await page.hover(`#a-${i + 1} .s-text`);
      expect(await classesOf(page, `b-${j + 1}`)).toContain('is-cp');
      await page.mouse.move(0, 0);
      expect(await classesOf(page, `b-${j + 1}`)).not.toContain('is-cp');
    });

    it('highlights the counterpart of a clicked contradiction and scrolls it into view', async () => {
      const { page } = session;
      // The last contradiction of b points back to a sentence of a; start from a's side, the longer column.
      const link = report.links.filter((l) => l.relation === 'contradiction').at(-1)!;
      const [i, j] = [link.a[link.a.length - 1]!, link.b[0]!];
      await page.click(`#a-${i + 1} .s-text`);
      expect(await classesOf(page, `a-${i + 1}`)).toContain('is-origin');
      for (const k of new Set(link.b)) expect(await classesOf(page, `b-${k + 1}`)).toContain('is-target');
      const inView = await page.$eval(`#b-${j + 1}`, (el) => {
        const r = el.getBoundingClientRect();
        const c = el.closest('.col')!.getBoundingClientRect();
        return r.top >= c.top && r.top < c.bottom;
      });
      expect(inView).toBe(true);
    });

    it('goes to a counterpart from the keyboard: Tab to its link, Enter or Space', async () => {
      const { page } = session;
      await page.keyboard.press('Escape');
      await page.focus('body');
      let focused = '';
      for (let k = 0; k < 40 && !focused.startsWith('a.to'); k++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate<string>(
          `(e => e && e.matches('a.to') ? 'a.to ' + e.dataset.to : (e ? e.tagName : ''))(document.activeElement)`,
        );
      }
      const target = focused.split(' ')[1]!;
      expect(target).toMatch(/^b-\d+$/);
      await page.keyboard.press('Enter');
      expect(await activeId(page)).toBe(target);
      expect(await classesOf(page, target)).toContain('is-target');
      // Again from the same link, with Space this time.
      await page.keyboard.press('Escape');
      await page.focus(`a.to[data-to="${target}"]`);
      await page.keyboard.press(' ');
      expect(await activeId(page)).toBe(target);
      const outline = await page.evaluate<string>(
        `getComputedStyle(document.getElementById('${target}')).outlineStyle`,
      );
      expect(outline).not.toBe('none');
    });

    it.each([
      { filter: 'contradiction', cls: 'f-contradiction' },
      { filter: 'omission', cls: 'f-omission' },
      { filter: 'shared', cls: 'f-shared' },
    ])('shows only $filter sentences with that filter, and all again with All', async ({ filter, cls }) => {
      const { page } = session;
      const all = report.a.sentences.length + report.b.sentences.length;
      await page.click(`.filters button[data-filter="${filter}"]`);
      const shown = await visibleIds(page);
      const expected = await page.$$eval(`.s.${cls}`, (els) => els.map((e) => e.id));
      expect(shown).toEqual(expected);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThan(all);
      if (filter === 'omission')
        expect(shown).toHaveLength(report.summary.omissions.a + report.summary.omissions.b);
      expect(await page.getAttribute(`.filters button[data-filter="${filter}"]`, 'aria-pressed')).toBe(
        'true',
      );
      expect(await page.textContent('#status')).toBe(`Showing ${shown.length} of ${all} sentences`);
      await page.click('.filters button[data-filter="all"]');
      expect(await visibleIds(page)).toHaveLength(all);
    });

    it('hides the controls when printed', async () => {
      const { page } = session;
      await page.emulateMedia({ media: 'print' });
      expect(await page.isVisible('.filters')).toBe(false);
      expect(await page.isVisible('#a-1')).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      expect(await page.isVisible('.filters')).toBe(true);
    });

    it('runs no script from hostile text, titles or options', async () => {
      const attacks = [
        '<script>window.__pwned=1</script>',
        '<img src=x onerror="window.__pwned=2;alert(2)">',
        '"><svg onload="window.__pwned=3">',
        '\'><iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>',
        '</title><script>window.__pwned=5</script>',
      ].join(' ');
      const hostile = valid(
        compare(
          { title: attacks, text: `Netanyahu met Waltz in February. ${attacks} Waltz spoke.` },
          { title: attacks, text: `Netanyahu did not meet Waltz. ${attacks}` },
        ),
      );
      const s = await open(browser, 'hostile', toHTML(hostile, { title: attacks }));
      await s.page.hover('#a-1 .s-text');
      await s.page.click('#a-1 .s-text');
      expect(await s.page.evaluate<string>('typeof window.__pwned')).toBe('undefined');
      expect(s.dialogs).toEqual([]);
      expect(s.errors).toEqual([]);
      expect(s.requests).toEqual([]);
      // The words are shown as text.
      expect(await s.page.textContent('#a-1 .s-text')).toContain('<script>window.__pwned=1</script>');
      expect(await s.page.title()).toBe(attacks);
      await s.page.close();
    });
  });
