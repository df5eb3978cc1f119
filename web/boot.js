// Starts the explorer from a file instead of an inline script, so that the page runs under a
// Content-Security-Policy without 'unsafe-inline'. The build writes the hashed addresses of four
// builds onto the script element that loads this file (see Trunk.toml): the explorer for the
// article served in the page, the larger one that also reads article files, started when the
// address names one in data=, the newsroom's editor, started when the address says ?edit, and
// the drafter, which the editor imports when it needs it. That element is async: this may run before the page is
// parsed, or after its first paint.
//
// It also keeps a crash readable. The release build stops at the first panic without formatting
// a message (see scripts/trunk.sh), which the browser reports as a WebAssembly.RuntimeError; the
// explorer is then replaced by a plain notice, built from text nodes only.
const boot = document.querySelector('script[data-claimscope-js]');

function showCrash(error) {
  console.error('Claimscope stopped:', error);
  const app = document.getElementById('app');
  if (!app) return;
  const panel = document.createElement('section');
  panel.className = 'error-panel';
  panel.setAttribute('role', 'alert');
  const title = document.createElement('h1');
  title.textContent = 'The explorer stopped working';
  const text = document.createElement('p');
  text.textContent =
    "Something unexpected went wrong. Reload the page to try again; the details are in the browser's console.";
  panel.append(title, text);
  app.replaceChildren(panel);
  document.documentElement.dataset.state = 'error';
}

/** Resolves once the page is parsed: the served article, its data block and #app are there. */
function parsed() {
  return new Promise((resolve) => {
    if (document.readyState === 'loading') addEventListener('DOMContentLoaded', resolve, { once: true });
    else resolve();
  });
}

// The page was served with the seed article for its first paint; an article named in data= (or
// the editor) is another thing, so a notice takes the served article's place until it shows.
function showLoading(what) {
  const served = document.getElementById('prerendered');
  if (!served) return;
  const notice = document.createElement('p');
  notice.className = 'loading';
  notice.setAttribute('role', 'status');
  notice.textContent = what;
  served.replaceChildren(notice);
}

const crashed = (error) => error instanceof WebAssembly.RuntimeError && showCrash(error);
addEventListener('error', (event) => crashed(event.error));
addEventListener('unhandledrejection', (event) => crashed(event.reason));

// An article named in data= starts downloading now, beside the explorer's own files; the
// explorer then reads that response as if it had asked itself (see fetch_bytes in src/browser.rs),
// with the same checks. Only http(s) addresses are fetched, as the explorer would.
// The file is chosen as the explorer chooses it (Embedding::parse in crates/core/src/embed.rs):
// the last data= value that is not blank, blank by Rust's definition of whitespace.
const BLANK = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;
const parameters = new URLSearchParams(location.search);
const editing = parameters.has('edit');
const data = editing ? undefined : parameters.getAll('data').filter((value) => !BLANK.test(value)).pop();
const build = editing ? 'claimscopeEditor' : data ? 'claimscopeFiles' : 'claimscope';
// The host's theme before the explorer starts, decided as Embedding::parse decides it: an
// embedding is light unless the host asks for theme=dark or theme=auto.
const themes = parameters.getAll('theme');
const embedded = ['1', 'true'].includes(parameters.getAll('embed').pop());
const theme = themes.length > 0 ? themes.pop() : embedded ? 'light' : 'auto';
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
if (editing) {
  // The editor imports the drafter (crates/drafter), a build of its own, when it needs it:
  // an import is a script's to make, addressed from this one's folder.
  window.claimscopeImport = (address) => import(new URL(address, boot.src).href);
  // The editor's own styles: readers of the explorer never download them.
  const styles = document.createElement('link');
  styles.rel = 'stylesheet';
  styles.href = new URL('editor.css', boot.src).href;
  document.head.append(styles);
  parsed().then(() => showLoading('Loading the editor…'));
}
if (data) {
  parsed().then(() => showLoading('Loading the article…'));
  try {
    const url = new URL(data, location.href);
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      window.claimscopeDownload = { href: url.href, response: fetch(url.href).catch(() => null) };
    }
  } catch {
    // Not an address: the explorer explains that itself.
  }
}

// Another language than the page's, asked for with lang=, starts downloading beside the
// explorer's files too, named by the page's list of them (src/bin/prerender.rs); the explorer
// reads that response (fetch_text in src/browser.rs), or asks itself where this guessed wrong.
const lang = parameters.getAll('lang').find((value) => value !== '');
if (lang && !data && !editing) {
  parsed().then(() => {
    const files = JSON.parse(document.getElementById('claimscope-languages')?.textContent || '{}');
    const tag = Object.keys(files).find((t) => t.toLowerCase() === lang.toLowerCase().split(/[-_]/)[0]);
    if (tag && tag !== document.documentElement.lang) {
      const href = new URL(files[tag], location.href).href;
      window.claimscopeDownload = { href, response: fetch(href).catch(() => null) };
    }
  });
}

// The page arrives with its article already in it: let the browser paint that first, and start
// the explorer (which replaces it) in the task after the first frame. A page that gets no frames
// (a background tab, a frame scrolled out of sight) starts after a short wait all the same.
const painted = () =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 1000);
  });

try {
  // The WebAssembly starts downloading now, as the page's own files arrive (on a phone's
  // network that is most of the wait), but is compiled, and the script that runs it fetched and
  // evaluated, only after the paint: compiling takes processor time the first paint would wait
  // for (BENCHMARKS.md), and evaluating the script would hold the paint back too.
  const wasmResponse = fetch(boot.dataset[`${build}Wasm`]);
  wasmResponse.catch(() => {});
  await parsed();
  await painted();
  const { default: init } = await import(boot.dataset[`${build}Js`]);
  const wasm = await init({ module_or_path: wasmResponse });
  // For the browser benchmark (scripts/bench-browser.mjs): how much memory the WebAssembly holds.
  window.claimscopeWasmBytes = () => wasm.memory.buffer.byteLength;
} catch (error) {
  showCrash(error);
}
