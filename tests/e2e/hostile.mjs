// Hostile article files made from the documented example: every text a reader sees carries markup,
// script, event handlers, javascript: links, CSS, entities and invisible or reordering characters.
import { readFileSync } from 'node:fs';
import { root } from './harness.mjs';

export const PAYLOAD =
  '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>' +
  '<a href="javascript:window.pwned=1">link</a>" onmouseover="window.pwned=1" ' +
  '</style><style>body{display:none}</style>&lt;b&gt;&amp; \u202Eevil\u202C \u200Bzero-width';

const TEXT_FIELDS = new Set(['title', 'name', 'summary', 'label', 'note', 'outlet', 'role', 'category', 'publisher', 'author']);

function poison(value, key) {
  if (Array.isArray(value)) return value.map((v) => poison(v, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  }
  if (typeof value !== 'string') return value;
  if (TEXT_FIELDS.has(key)) return `${value} ${PAYLOAD}`;
  if (key === 'text') return `${PAYLOAD} ${value}`;
  if (key === 'aliases') return `${value}${PAYLOAD}`;
  return value;
}

const example = JSON.parse(readFileSync(`${root}/tests/fixtures/harbour.json`, 'utf8'));

/** Valid, with hostile text everywhere. */
export const hostileArticle = JSON.stringify(poison(example));

/** Invalid: hostile text and a javascript: link, so the error panel must show it as text. */
export const hostileInvalid = JSON.stringify({
  ...poison(example),
  article: { ...poison(example).article, url: `javascript:window.pwned=1//${PAYLOAD}` },
});
