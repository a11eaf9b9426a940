// Crosscheck's compare page: one story's claims against the outlets that reported it, from GET /api/v1/compare.
// Everything the API sends reaches the page as text nodes or plain attributes, never as markup.

const API = '/api/v1';
const FIELDS = ['q', 'outlet', 'from', 'to', 'ids'];
const SIDE_COLOURS = 4; // side-0 .. side-3 in compare.css; more sides reuse them in turn

const $ = id => document.getElementById(id);

/** An element with attributes and children; strings become text nodes, null/false children and attributes are left out. */
function h(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') e.className = value;
    else e.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) e.append(child);
  }
  return e;
}

/** Replaces an element's children; strings become text nodes, null/false are left out (replaceChildren would print "null"). */
function fill(parent, ...children) {
  parent.replaceChildren(...children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false));
  return parent;
}

const plural = (n, one, many = one + 's') => `${n} ${n === 1 ? one : many}`;
const groupLabel = i => String.fromCharCode(65 + (i % 26)) + (i >= 26 ? Math.floor(i / 26) : '');

/** Only http(s) links from data; anything else (javascript:, data:) is shown as text. */
function safeUrl(url) {
  if (typeof url !== 'string' || !url) return null;
  try {
    const u = new URL(url, location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function link(text, url) {
  const href = safeUrl(url);
  return href ? h('a', {href, rel: 'noopener noreferrer', target: '_blank'}, text) : h('span', {}, text);
}

const timeFormat = new Intl.DateTimeFormat(undefined,
  {day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZoneName: 'short'});

function formatTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : timeFormat.format(d);
}

function setState(state) {
  document.documentElement.dataset.state = state;
  document.body.setAttribute('aria-busy', state === 'loading' ? 'true' : 'false');
}

function setStatus(text) {
  $('status').textContent = text;
}

// --- asking the API ---

let requestSeq = 0;

/** The body of a response: JSON (answers and problem+json) or a short text. */
async function readBody(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch {
      return null;
    }
  }
  const text = await response.text();
  return text ? {detail: text.slice(0, 500)} : null;
}

/** Compares the coverage the parameters select; with none, waits for a query. */
export async function compare(params) {
  const seq = ++requestSeq;
  clearResults();
  if (!Object.keys(params).length) {
    setStatus('Type keywords to compare how outlets covered a story.');
    setState('idle');
    return;
  }
  setState('loading');
  setStatus(params.ids ? 'Comparing the chosen articles…' : 'Comparing coverage… (claims not extracted yet are extracted now)');
  let response;
  let body;
  try {
    response = await crosscheckFetch(`${API}/compare?${new URLSearchParams(params)}`, {headers: {Accept: 'application/json'}});
    body = await readBody(response);
  } catch (e) {
    if (seq === requestSeq) showProblem({title: 'The gateway could not be reached', detail: e.message || String(e)});
    return;
  }
  if (seq !== requestSeq) return; // a newer query is under way
  if (!response.ok) {
    showProblem({status: response.status, title: response.statusText, ...(body || {})});
    return;
  }
  showAnswer(body);
}

/** Shows an RFC 9457 problem (title, status, detail, field) where the results would be. */
export function showProblem(problem) {
  clearResults();
  const p = problem || {};
  const title = p.title || 'The comparison failed';
  fill($('error'),
    h('strong', {}, p.status ? `${title} (${p.status})` : title),
    p.detail ? h('span', {class: 'detail'}, ` ${p.detail}`) : null,
    p.field ? h('span', {class: 'field'}, ` Check “${p.field}”.`) : null);
  $('error').hidden = false;
  setStatus('');
  setState('error');
}

function clearResults() {
  for (const id of ['error', 'missing', 'rewrites', 'matrix-section', 'timelines-section', 'source']) $(id).hidden = true;
  for (const id of ['error', 'missing', 'rewrite-groups', 'matrix-head', 'matrix-body', 'timelines', 'source-body']) $(id).replaceChildren();
}

// --- the answer ---

/** The answer with its outlets (one column each, in the order of its articles) and labelled rewrite groups. */
function index(answer) {
  const articles = Array.isArray(answer.articles) ? answer.articles : [];
  const byId = new Map(articles.map(a => [a.id, a]));
  const outlets = [];
  const byOutlet = new Map();
  const outlet = name => {
    if (!byOutlet.has(name)) {
      const o = {name, articles: [], groups: []};
      byOutlet.set(name, o);
      outlets.push(o);
    }
    return byOutlet.get(name);
  };
  for (const a of articles) outlet(a.outlet).articles.push(a);
  const clusters = Array.isArray(answer.clusters) ? answer.clusters : [];
  const conflicts = Array.isArray(answer.conflicts) ? answer.conflicts : [];
  // A mention of an article the answer did not list still gets its outlet's column.
  for (const c of clusters) (c.mentions || []).forEach(m => outlet(m.outlet));
  for (const k of conflicts) (k.sides || []).forEach(s => (s.mentions || []).forEach(m => outlet(m.outlet)));

  const groups = (Array.isArray(answer.rewriteGroups) ? answer.rewriteGroups : []).map((g, i) => ({
    label: groupLabel(i),
    similarity: g.similarity,
    articles: (g.articleIds || []).map(id => byId.get(id) || {id, outlet: `article ${id}`}),
  }));
  for (const g of groups) {
    for (const a of g.articles) {
      const o = byOutlet.get(a.outlet);
      if (o && !o.groups.includes(g.label)) o.groups.push(g.label);
    }
  }
  const missing = Array.isArray(answer.missing) ? answer.missing : [];
  const stale = Array.isArray(answer.possiblyStale) ? answer.possiblyStale : [];
  const timelines = (Array.isArray(answer.timelines) ? answer.timelines : []).filter(t => Array.isArray(t.points) && t.points.length);
  return {articles, outlets, clusters, conflicts, groups, missing, stale, timelines};
}

/** Renders a comparison answer: summary, missing notice, rewrite banner and the claims × outlets matrix. */
export function showAnswer(answer) {
  clearResults();
  const ix = index(answer || {});
  showMissing(ix.missing, ix.stale);
  showRewrites(ix.groups);
  if (!ix.articles.length && !ix.clusters.length && !ix.conflicts.length) {
    setStatus('No article matches. Try other keywords, another outlet or a wider date range.');
    setState('ready');
    return;
  }
  setStatus(`${plural(ix.articles.length, 'article')} from ${plural(ix.outlets.length, 'outlet')}: `
    + `${plural(ix.clusters.length, 'claim')}, ${plural(ix.conflicts.length, 'conflict')}`
    + (ix.groups.length ? `, ${plural(ix.groups.length, 'group')} of rewritten copies.` : '.'));
  renderMatrix(ix);
  renderTimelines(ix.timelines);
  setState('ready');
}

function describeMissing(m) {
  if (typeof m === 'string') return m;
  const who = (m && (m.outlet || m.title || m.articleId)) || 'an article';
  const id = m && m.articleId && m.outlet ? ` (article ${m.articleId})` : '';
  return m && m.reason ? `${who}${id}: ${m.reason}` : `${who}${id}`;
}

/** Articles not covered, and articles compared with stored claims that may not be the current extractor's. */
function showMissing(missing, stale) {
  if (!missing.length && !stale.length) return;
  const parts = [];
  if (missing.length) {
    parts.push(h('strong', {}, `This comparison is partial: ${plural(missing.length, 'article')} could not be covered.`),
      h('ul', {}, missing.map(m => h('li', {}, describeMissing(m)))));
  }
  if (stale.length) {
    parts.push(h('strong', {}, `${plural(stale.length, 'article')} compared with stored claims that may be stale.`),
      h('ul', {}, stale.map(s => h('li', {}, describeMissing(s)))));
  }
  fill($('missing'), ...parts);
  $('missing').hidden = false;
}

function showRewrites(groups) {
  if (!groups.length) return;
  fill($('rewrite-groups'), ...groups.map(g => {
    const parts = [];
    g.articles.forEach((a, i) => {
      if (i > 0) parts.push(i === g.articles.length - 1 ? ' and ' : ', ');
      parts.push(h('span', {class: 'rewrite-article', 'data-article-id': a.id},
        h('span', {class: 'outlet-name'}, a.outlet), a.title ? ` (“${a.title}”)` : ''));
    });
    const similar = typeof g.similarity === 'number' ? `, ${Math.round(g.similarity * 100)}% similar` : '';
    return h('li', {'data-group': g.label},
      h('span', {class: 'badge rewrite'}, `Rewrite ${g.label}`), ' ', parts, `: one text${similar}.`);
  }));
  $('rewrites').hidden = false;
}

// --- the matrix ---

function renderMatrix(ix) {
  fill($('matrix-head'),
    h('th', {scope: 'col', class: 'corner'}, 'Claim'),
    ...ix.outlets.map(o => h('th', {scope: 'col', class: o.groups.length ? 'outlet rewritten' : 'outlet', 'data-outlet': o.name},
      h('span', {class: 'outlet-name'}, o.name),
      o.articles.length === 1
        ? [h('span', {class: 'outlet-title'}, o.articles[0].title || ''), h('span', {class: 'outlet-meta'}, formatTime(o.articles[0].publishedAt))]
        : h('span', {class: 'outlet-meta'}, plural(o.articles.length, 'article')),
      o.groups.map(label => h('span', {class: 'badge rewrite', title: 'One text rewritten with other outlets: see the banner above'},
        `Rewrite ${label}`)))));

  const columns = ix.outlets.length + 1;
  const rows = [];
  if (ix.conflicts.length) {
    rows.push(h('tr', {class: 'group'}, h('th', {scope: 'colgroup', colspan: columns}, `Conflicts (${ix.conflicts.length})`)));
    ix.conflicts.forEach((k, i) => rows.push(conflictRow(k, i, ix)));
  }
  if (ix.clusters.length) {
    rows.push(h('tr', {class: 'group'}, h('th', {scope: 'colgroup', colspan: columns}, `Claims (${ix.clusters.length})`)));
    ix.clusters.forEach(c => rows.push(clusterRow(c, ix)));
  }
  fill($('matrix-body'), ...rows);
  $('matrix-section').hidden = false;
}

function groupAttrs(outlet) {
  return outlet.groups.length ? {'data-rewrite': outlet.groups.join(' ')} : {};
}

function emptyCell(outlet) {
  return h('td', {class: 'cell empty', 'data-outlet': outlet.name, ...groupAttrs(outlet)},
    h('span', {'aria-hidden': 'true'}, '·'), h('span', {class: 'visually-hidden'}, 'not reported'));
}

function clusterRow(c, ix) {
  const outletCount = (c.outlets || []).length;
  const standing = c.corroborated
    ? `✓ corroborated by ${plural(c.independentOutlets, 'independent outlet')}`
    : outletCount > 1 ? `single source: ${outletCount} outlets, ${plural(c.independentOutlets, 'independent text')}` : 'single source';
  const header = h('th', {scope: 'row', class: 'claim'},
    h('span', {class: 'summary'}, c.summary || ''),
    c.speaker && c.speaker.canonical ? h('span', {class: 'speaker'}, c.speaker.canonical) : null,
    h('span', {class: c.corroborated ? 'badge corroborated' : 'badge single'}, standing));
  const state = c.corroborated ? 'corroborated' : 'single';
  const cells = ix.outlets.map(o => {
    const mentions = (c.mentions || []).filter(m => m.outlet === o.name);
    if (!mentions.length) return emptyCell(o);
    return h('td', {class: `cell ${state}`, 'data-outlet': o.name, ...groupAttrs(o)},
      h('span', {class: 'cell-mark', 'aria-hidden': 'true'}, c.corroborated ? '✓' : '1'),
      mentions.map(m => mentionButton(m, c.corroborated ? 'corroborated' : 'single source')));
  });
  return h('tr', {class: 'row claim-row', 'data-cluster': c.id}, header, cells);
}

function conflictRow(k, i, ix) {
  const sides = Array.isArray(k.sides) ? k.sides : [];
  const values = [];
  sides.forEach((s, j) => {
    if (j > 0) values.push(h('span', {class: 'versus'}, ' vs '));
    values.push(h('span', {class: `value-label side-${j % SIDE_COLOURS}`}, s.value));
    if (s.source) values.push(h('span', {class: 'value-source'}, ` according to ${s.source}`));
  });
  const header = h('th', {scope: 'row', class: 'conflict'},
    h('span', {class: 'summary'}, k.about || ''),
    h('span', {class: 'values-all'}, values),
    h('span', {class: 'badge conflict'}, `≠ ${k.kind || 'conflict'}`),
    k.rule ? h('span', {class: 'rule', title: 'The comparison rule that decided'}, RULES[k.rule] || k.rule) : null);
  const cells = ix.outlets.map(o => {
    const here = sides.map((s, j) => ({s, j, mentions: (s.mentions || []).filter(m => m.outlet === o.name)}))
      .filter(x => x.mentions.length);
    if (!here.length) return emptyCell(o);
    return h('td', {class: here.length > 1 ? 'cell conflict both' : 'cell conflict', 'data-outlet': o.name, ...groupAttrs(o)},
      h('span', {class: 'cell-mark', 'aria-hidden': 'true'}, '≠'),
      h('div', {class: 'values'}, here.map(({s, j, mentions}) =>
        h('div', {class: `value side-${j % SIDE_COLOURS}`},
          h('span', {class: 'value-label'}, s.value),
          s.source ? h('span', {class: 'value-source'}, s.source) : null,
          mentions.map(m => mentionButton(m, `says ${s.value}, in conflict with other reports`))))));
  });
  return h('tr', {class: 'row conflict-row', 'data-conflict': i}, header, cells);
}

/** What each rule that decides a conflict's kind means, for the row's note. */
const RULES = {
  bounds: 'the values cannot both hold',
  source: 'different sources give different values',
  timeline: 'the value changed over time',
  negation: 'a value against its denial',
  speaker: 'the same words from different speakers',
};

// --- timelines ---

const SVG = 'http://www.w3.org/2000/svg';
const CHART = {width: 560, height: 190, left: 64, right: 120, top: 16, bottom: 34};

/** An SVG element with attributes; strings become text nodes (never markup). */
function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) e.setAttribute(name, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) e.append(child);
  }
  return e;
}

const numberFormat = new Intl.NumberFormat(undefined, {maximumFractionDigits: 2});
const dayFormat = new Intl.DateTimeFormat(undefined, {day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hour12: false});

function renderTimelines(timelines) {
  if (!timelines.length) return;
  fill($('timelines'), ...timelines.map((t, i) => timelineFigure(t, i)));
  $('timelines-section').hidden = false;
}

/** One figure's values over publish time: a point per value, labelled with its outlet and value. */
function timelineFigure(t, i) {
  const points = t.points.map(p => ({...p, at: p.publishedAt ? new Date(p.publishedAt).getTime() : NaN}))
    .filter(p => typeof p.numericValue === 'number' && Number.isFinite(p.numericValue));
  const timed = points.filter(p => Number.isFinite(p.at));
  const times = timed.length ? timed.map(p => p.at) : [0, 1];
  const values = points.map(p => p.numericValue);
  let [t0, t1] = [Math.min(...times), Math.max(...times)];
  let [v0, v1] = [Math.min(...values, 0), Math.max(...values)];
  if (t0 === t1) { t0 -= 3600e3; t1 += 3600e3; }
  if (v0 === v1) { v1 = v0 + 1; }
  const w = CHART.width - CHART.left - CHART.right;
  const ht = CHART.height - CHART.top - CHART.bottom;
  const x = (p, k) => CHART.left + (Number.isFinite(p.at) ? (p.at - t0) / (t1 - t0) : k / Math.max(1, points.length - 1)) * w;
  const y = v => CHART.top + (1 - (v - v0) / (v1 - v0)) * ht;
  const unit = t.unit ? ` ${t.unit}` : '';
  const titleId = `timeline-title-${i}`;
  const marks = points.map((p, k) => {
    const label = `${p.outlet}: ${p.value}${p.source ? ` (${p.source})` : ''}`;
    return svg('g', {class: 'point', 'data-outlet': p.outlet, 'data-article-id': p.articleId},
      svg('title', {}, `${label}, published ${formatTime(p.publishedAt)}`),
      svg('circle', {cx: x(p, k).toFixed(1), cy: y(p.numericValue).toFixed(1), r: 4.5}),
      svg('text', {class: 'point-label', x: (x(p, k) + 7).toFixed(1), y: (y(p.numericValue) - 6 + (k % 2) * 14).toFixed(1)},
        `${p.outlet}: ${p.value}`));
  });
  const line = points.map((p, k) => `${x(p, k).toFixed(1)},${y(p.numericValue).toFixed(1)}`).join(' ');
  const chart = svg('svg', {class: 'timeline-chart', viewBox: `0 0 ${CHART.width} ${CHART.height}`, role: 'img',
      'aria-labelledby': titleId, width: CHART.width, height: CHART.height},
    svg('title', {id: titleId}, `${t.about}: ${points.map(p => `${p.value} (${p.outlet})`).join(', then ')}`),
    svg('line', {class: 'axis', x1: CHART.left, y1: CHART.top + ht, x2: CHART.left + w, y2: CHART.top + ht}),
    svg('line', {class: 'axis', x1: CHART.left, y1: CHART.top, x2: CHART.left, y2: CHART.top + ht}),
    svg('text', {class: 'tick', x: CHART.left - 6, y: y(v1) + 4, 'text-anchor': 'end'}, numberFormat.format(v1) + unit),
    svg('text', {class: 'tick', x: CHART.left - 6, y: y(v0) + 4, 'text-anchor': 'end'}, numberFormat.format(v0) + unit),
    timed.length ? [
      svg('text', {class: 'tick', x: CHART.left, y: CHART.height - 12, 'text-anchor': 'start'}, dayFormat.format(new Date(t0))),
      svg('text', {class: 'tick', x: CHART.left + w, y: CHART.height - 12, 'text-anchor': 'end'}, dayFormat.format(new Date(t1)))] : null,
    svg('text', {class: 'tick', x: CHART.left + w / 2, y: CHART.height - 1, 'text-anchor': 'middle'}, 'published'),
    svg('polyline', {class: 'trend', points: line}),
    marks);
  return h('figure', {class: 'timeline', 'data-timeline': i},
    h('figcaption', {}, h('span', {class: 'summary'}, t.about || ''), ' ',
      h('span', {class: 'timeline-values'}, points.map(p => p.value).join(' → '))),
    chart);
}

function mentionButton(m, standing) {
  const button = h('button', {
    type: 'button', class: 'mention', 'aria-controls': 'source', 'data-article-id': m.articleId,
    'aria-label': `${m.outlet}: “${m.text}”, ${standing}. Read it in the article.`,
  }, h('span', {class: 'excerpt'}, m.text));
  button.addEventListener('click', () => showSource(m, button));
  return button;
}

// --- the claim in its article ---

const articles = new Map(); // id -> Promise of the article
let sourceSeq = 0;

function loadArticle(id) {
  if (!articles.has(id)) {
    const loading = crosscheckFetch(`${API}/articles/${encodeURIComponent(id)}`, {headers: {Accept: 'application/json'}})
      .then(async response => {
        const body = await readBody(response);
        if (!response.ok) throw {status: response.status, title: response.statusText, ...(body || {})};
        return body;
      });
    articles.set(id, loading);
    loading.catch(() => articles.delete(id));
  }
  return articles.get(id);
}

/** The claim's sentence as the extractor split it (sentenceStart/sentenceEnd), never narrower than the claim. */
function sentenceOf(m, start, end, length) {
  const from = Number.isInteger(m.sentenceStart) ? Math.min(m.sentenceStart, start) : start;
  const to = Number.isInteger(m.sentenceEnd) ? Math.max(m.sentenceEnd, end) : end;
  return {from: Math.max(0, from), to: Math.min(length, to)};
}

async function showSource(m, button) {
  document.querySelectorAll('button.mention[aria-current]').forEach(b => b.removeAttribute('aria-current'));
  button.setAttribute('aria-current', 'true');
  const seq = ++sourceSeq;
  const panel = $('source');
  panel.hidden = false;
  panel.dataset.state = 'loading';
  fill($('source-body'), h('p', {class: 'loading'}, `Loading the article from ${m.outlet}…`));
  let article;
  try {
    article = await loadArticle(m.articleId);
  } catch (problem) {
    if (seq !== sourceSeq) return;
    const p = problem || {};
    fill($('source-body'), h('p', {class: 'error', role: 'alert'},
      h('strong', {}, `${p.title || 'The article could not be read'}${p.status ? ` (${p.status})` : ''}`),
      p.detail || p.message ? ` ${p.detail || p.message}` : ''));
    panel.dataset.state = 'error';
    return;
  }
  if (seq !== sourceSeq) return;
  renderSource(article || {}, m);
  panel.dataset.state = 'ready';
}

function renderSource(article, m) {
  const text = typeof article.text === 'string' ? article.text : '';
  const head = h('header', {class: 'source-head'},
    h('h3', {}, article.outlet || m.outlet),
    article.title ? h('p', {class: 'source-title'}, link(article.title, article.url)) : null,
    h('p', {class: 'source-meta'}, formatTime(article.published)));
  const {start, end} = m;
  const inText = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
  if (!inText) {
    fill($('source-body'), head,
      h('p', {class: 'warning'}, `This claim’s position (${start}–${end}) is outside the stored text (${text.length} characters); `
        + 'the article may have been stored again since the comparison. The text is shown without a highlight.'),
      h('div', {class: 'article-text', tabindex: 0}, text));
    return;
  }
  const differs = text.slice(start, end) !== m.text
    ? h('p', {class: 'warning'}, 'The stored text at this position differs from the claim: the article may have been stored again since the comparison.')
    : null;
  const {from, to} = sentenceOf(m, start, end, text.length);
  const mark = h('mark', {id: 'source-mark'}, text.slice(start, end));
  const body = h('div', {class: 'article-text', tabindex: 0, 'aria-label': `Text of the article from ${article.outlet || m.outlet}`},
    text.slice(0, from),
    h('span', {class: 'sentence'}, text.slice(from, start), mark, text.slice(end, to)),
    text.slice(to));
  fill($('source-body'), head, differs, body,
    h('p', {class: 'visually-hidden', 'aria-live': 'polite'}, `Showing the claim in ${article.outlet || m.outlet}: ${text.slice(start, end)}`));
  body.scrollTop = Math.max(0, mark.offsetTop - body.clientHeight / 3);
  const panel = $('source').getBoundingClientRect();
  if (panel.top > window.innerHeight || panel.bottom < 0) $('source').scrollIntoView({block: 'start'}); // stacked layout
}

// --- the form and the address bar ---

function paramsFrom(entries) {
  const params = {};
  for (const [name, value] of entries) {
    if (FIELDS.includes(name) && typeof value === 'string' && value.trim()) params[name] = value.trim();
  }
  return params;
}

function fillForm(form, params) {
  for (const name of ['q', 'outlet', 'from', 'to']) form.elements[name].value = params[name] || '';
}

function init() {
  const form = $('query');
  form.addEventListener('submit', e => {
    e.preventDefault();
    const params = paramsFrom(new FormData(form)); // a new query leaves chosen ids behind
    history.pushState(null, '', Object.keys(params).length ? `?${new URLSearchParams(params)}` : location.pathname);
    compare(params);
  });
  window.addEventListener('popstate', () => {
    const params = paramsFrom(new URLSearchParams(location.search));
    fillForm(form, params);
    compare(params);
  });
  const params = paramsFrom(new URLSearchParams(location.search));
  fillForm(form, params);
  compare(params);
}

init();
