// What the browser benchmarks share: the static page an explorer is compared with, and the
// statistics they print.

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const CREDIT_LEAD = { author: 'By ', writer: 'By ', editor: 'Edited by ', supervisor: 'Supervised by ' };

/** An article as plain HTML with the explorer's style sheet `css`: what a static page would cost. */
export function baselinePage(data, css) {
  const credit = ({ name, role }) =>
    `<span class="credit">${CREDIT_LEAD[role] ?? `${escape(role)}: `}<strong>${escape(name)}</strong></span>`;
  const reference = (s) =>
    `<li><strong>${escape(s.outlet)}</strong>${s.date ? ` (${s.date})` : ''}.` +
    `${s.title ? ` <cite>${escape(s.title)}</cite>.` : ''}${s.author ? ` By ${escape(s.author)}.` : ''}</li>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(data.article.title)}</title><link rel="stylesheet" href="./${css}"></head>
<body><div class="explorer"><header class="masthead"><h1 class="title">${escape(data.article.title)}</h1>
<p class="credits">${data.article.credits.map(credit).join(' · ')}</p></header>
<main class="view"><article class="article-view">
${data.paragraphs.map((p) => `<p class="paragraph">${escape(p.text)}</p>`).join('\n')}
<section class="references"><h2>References</h2><ol>${data.sources.map(reference).join('')}</ol></section>
</article></main></div></body></html>`;
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

export const median = (values) => percentile(values, 0.5);
