// Starts the explorer from a file instead of an inline script, so that the page runs under a
// Content-Security-Policy without 'unsafe-inline'. Trunk writes the two hashed addresses onto the
// script element that loads this file (see pattern_script in Trunk.toml).
const boot = document.querySelector('script[data-claimscope-js]');
const { default: init } = await import(boot.dataset.claimscopeJs);
const wasm = await init({ module_or_path: boot.dataset.claimscopeWasm });
// For the browser benchmark (scripts/bench-browser.mjs): how much memory the WebAssembly holds.
window.claimscopeWasmBytes = () => wasm.memory.buffer.byteLength;
