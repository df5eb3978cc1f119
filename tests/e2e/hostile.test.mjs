// The hostile data corpus (tests/hostile/) loaded through `data=` under the strict CSP: nothing it
// smuggles in runs (no dialog, no injected element, no navigation, no violation), its text shows as
// text, and the page stays usable or lists the file's problems plainly.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CSP, root, useExplorer } from './harness.mjs';

const corpus = `${root}/tests/hostile`;
const routes = Object.fromEntries(
  readdirSync(corpus).map((name) => [`/hostile/${name}`, { type: 'application/json', body: readFileSync(`${corpus}/${name}`) }]),
);

const explorer = useExplorer(undefined, { headers: { 'content-security-policy': CSP }, routes });

/** Loads a corpus file and checks that nothing in it ran; returns the page for more checks. */
async function loadHostile(name, expectedState) {
  const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective));
  });
  const url = `${explorer.server.url}?data=hostile/${name}`;
  await page.goto(url);
  await page.waitForSelector(`html[data-state="${expectedState}"]`);
  const visit = async () => {
    for (const view of ['claims', 'actors', 'sources', 'timeline', 'network', 'integrity', 'article']) {
      const tab = await page.$(`a[data-view="${view}"]`);
      if (!tab) return;
      await tab.click();
      await page.waitForSelector(`a[data-view="${view}"][aria-current="page"]`);
      await page.mouse.move(400, 400);
    }
  };
  await visit();
  assert.equal(await page.evaluate(() => window.pwned), undefined, 'no script from the data ran');
  assert.deepEqual(dialogs, []);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.equal(page.url().split('?')[0], explorer.server.url, 'no navigation');
  const injected = await page.$$eval('#app img, #app script, #app style, #app iframe, #app [style], #app a[href^="javascript:"], #app a[href^="data:"]', (e) => e.length);
  assert.equal(injected, 0, 'no element from the data');
  return page;
}

test('markup in every text field shows as text and the explorer stays usable', async () => {
  const page = await loadHostile('markup.json', 'ready');
  assert.ok((await page.textContent('h1')).includes('<script>window.pwned=1</script>'));
  assert.ok(await page.isVisible('h1'), 'no injected style hides the page');
  await page.click('a[data-view="network"]');
  const file = JSON.parse(readFileSync(`${root}/tests/hostile/markup.json`, 'utf8'));
  const titles = await page.$$eval('a.node title', (all) => all.map((t) => t.textContent));
  const subject = file.actors.find((a) => a.id === file.claims[0].subjects[0]);
  // A name holding right-to-left marks is isolated (U+2068 … U+2069) inside the node's title.
  const isolated = (t) => t.replace(/[\u2066-\u2069]/g, '');
  assert.ok(titles.some((t) => isolated(t).startsWith(subject.name)), `the network names ${subject.name} as text`);
  await page.click('a[data-view="timeline"]');
  assert.ok((await page.textContent('.event-label')).includes(file.events[0].label), 'an event label as text');
  await page.click('a[data-view="claims"]');
  await page.fill('input[type="search"]', 'monday');
  await page.waitForSelector('[data-testid="result-count"]:has-text("1 of 3 claims")');
  await page.close();
});

for (const [name, problem] of [
  ['links.json', /article\.url: “javascript:window\.pwned=1” is not an absolute http/],
  ['deep.json', /nested more than 64 levels deep/],
  ['duplicate-keys.json', /the field “format” appears twice/],
  ['huge-number.json', /the number is too large/],
  ['non-utf8.json', /the text is not valid UTF-8/],
]) {
  test(`${name} is refused with its problems listed plainly`, async () => {
    const page = await loadHostile(name, 'error');
    assert.match(await page.textContent('[role="alert"]'), problem);
    await page.close();
  });
}

test('a crash in the WebAssembly leaves a readable notice, never markup from its message', async () => {
  const page = await explorer.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(explorer.server.url);
  await page.waitForSelector('html[data-state="ready"]');
  // What the release build's panic looks like to the page: a trap thrown out of a wasm call.
  await page.evaluate(() => {
    setTimeout(() => {
      throw new WebAssembly.RuntimeError('unreachable <img src=x onerror="window.pwned=1">');
    });
  });
  await page.waitForSelector('html[data-state="error"]');
  assert.equal(await page.textContent('#app [role="alert"] h1'), 'The explorer stopped working');
  assert.equal(await page.$$eval('#app [data-claim-id], #app img', (e) => e.length), 0, 'the explorer is gone, nothing injected');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  // An ordinary script error elsewhere on the page is not mistaken for a crash.
  await page.goto(explorer.server.url);
  await page.waitForSelector('html[data-state="ready"]');
  await page.evaluate(() => setTimeout(() => { throw new TypeError('a host script failed'); }));
  await page.waitForTimeout(100);
  assert.equal(await page.getAttribute('html', 'data-state'), 'ready');
  await page.close();
});
