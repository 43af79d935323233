// Rasd's browser UI: a hash-routed single page over the JSON API. Every piece of text from the
// store is set as text (never as markup), except search excerpts, which the server escapes and
// marks. Names, outlets and titles sit in <bdi> or dir="auto" elements so a Latin agency name
// inside an Arabic line keeps its own direction without reordering its neighbours.

const view = document.getElementById('view');
const PAGE = 10;
const TYPE_NAMES = { PER: 'أشخاص', ORG: 'مؤسسات', LOC: 'أماكن', MEDIA: 'وسائل إعلام' };
const TYPE_SINGULAR = { PER: 'شخص', ORG: 'مؤسسة', LOC: 'مكان', MEDIA: 'وسيلة إعلام' };
// Times are shown on the reader's clock so that reports from outlets in different time zones
// compare at a glance; the outlet's own clock (as its readers saw it) is in the tooltip.
const WHEN = new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeStyle: 'short' });
const OWN_CLOCK = new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const SHORT_WHEN = new Intl.DateTimeFormat('ar', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
const MAP_WIDTH = 400;
const MAP_HEIGHT = 320;
// Closest zoom: about a country's width, so a single city still shows its surroundings.
const MAP_MAX_SCALE = 1800;

/** Creates an element; strings and nodes among the children become its content, as text. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined && value !== false) el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

function svg(tag, attrs = {}) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  return el;
}

const bdi = (text) => h('bdi', {}, text ?? '');
function onOwnClock(iso) {
  const offset = iso.match(/([+-])(\d\d):?(\d\d)$/);
  const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (60 * Number(offset[2]) + Number(offset[3])) : 0;
  return new Date(Date.parse(iso) + minutes * 60000);
}
const time = (iso) => (iso
  ? h('time', { datetime: iso, title: `بتوقيت المصدر: ${OWN_CLOCK.format(onOwnClock(iso))}` }, WHEN.format(new Date(iso))) : null);
const link = (href, ...children) => h('a', { href }, ...children);

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function show(...nodes) {
  view.replaceChildren(...nodes);
  window.scrollTo(0, 0);
}

function count(n, one, two, few, many) {
  if (n === 1) return one;
  if (n === 2) return two;
  return `${n.toLocaleString('ar')} ${n >= 3 && n <= 10 ? few : many}`;
}

function storyMeta(s) {
  return h('p', { class: 'meta' },
    h('span', {}, count(s.articles, 'تقرير واحد', 'تقريران', 'تقارير', 'تقريرا')),
    h('span', {}, count(s.outlets, 'منفذ واحد', 'منفذان', 'منافذ', 'منفذا')),
    s.last_published ? h('span', {}, 'آخر تحديث ', time(s.last_published)) : null);
}

function storyCard(s) {
  return h('li', { class: 'story-card' },
    h('h2', { dir: 'auto' }, link(`#/story/${encodeURIComponent(s.id)}`, s.headline || 'قصة بلا عنوان')),
    s.summary ? h('p', { class: 'summary', dir: 'auto' }, s.summary) : null,
    storyMeta(s),
    s.outlet_names.length ? h('ul', { class: 'chips' }, s.outlet_names.map((o) => h('li', {}, h('span', { class: 'chip' }, bdi(o))))) : null);
}

async function frontPage(params) {
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const page = await api(`api/stories?offset=${offset}&limit=${PAGE}`);
  if (page.total === 0) {
    return show(h('h1', {}, 'لا قصص بعد'), h('p', { class: 'notice' }, 'أضف مقالات بالأمر rasd ingest أو عبر POST /api/articles.'));
  }
  const pager = h('nav', { class: 'pager' },
    offset > 0 ? link(`#/?offset=${Math.max(0, offset - PAGE)}`, 'الأحدث') : null,
    offset + PAGE < page.total ? link(`#/?offset=${offset + PAGE}`, 'الأقدم') : null);
  show(h('h1', {}, 'أبرز القصص'),
    h('p', { class: 'meta' }, count(page.total, 'قصة واحدة', 'قصتان', 'قصص', 'قصة'), '، الأكبر والأحدث أولا'),
    h('ul', { class: 'story-list' }, page.stories.map(storyCard)), pager);
}

/**
 * Merges the same statement by the same speaker carried by several reports (a copied wire story
 * repeats its quotes), keeping the earliest report first and the others as further sources.
 */
function mergeQuotes(quotes) {
  const merged = new Map();
  for (const q of quotes) {
    // The speaker's display name, since a resolved and an unresolved attribution can name the same person;
    // the text without spacing and edge punctuation, since direct and reported forms differ only there.
    const key = `${q.speaker || q.entity || ''}|${q.text.replace(/\s+/g, ' ').replace(/^[\s«»"'.،,:]+|[\s«»"'.،,:]+$/g, '')}`;
    const known = merged.get(key);
    if (!known) merged.set(key, { ...q, sources: [q] });
    else {
      known.sources.push(q);
      known.direct ||= q.direct;
    }
  }
  const at = (q) => (q.published ? Date.parse(q.published) : Infinity);
  for (const q of merged.values()) q.sources.sort((x, y) => at(x) - at(y));
  return [...merged.values()];
}

function quoteSource(q) {
  return h('span', {}, q.article ? link(`#/article/${encodeURIComponent(q.article)}`, bdi(q.outlet || 'مصدر غير معروف')) : bdi(q.outlet || ''),
    q.published ? ' ' : null, time(q.published));
}

function quoteList(quotes, withSpeaker = true) {
  if (!quotes.length) return h('p', { class: 'notice' }, 'لا تصريحات منسوبة.');
  return h('ul', { class: 'quotes' }, mergeQuotes(quotes).map((q) => h('li', {},
    withSpeaker || q.verb ? h('p', { class: 'speaker-line' },
      withSpeaker ? h('span', { class: 'speaker' }, q.entity ? link(`#/entity/${encodeURIComponent(q.entity)}`, bdi(q.speaker)) : bdi(q.speaker || 'غير منسوب')) : null,
      q.verb ? h('span', { class: 'verb' }, q.verb) : null,
      q.direct ? null : h('span', { class: 'indirect' }, 'نقل غير مباشر')) : null,
    h('blockquote', { dir: 'auto' }, q.direct ? `«${q.text}»` : q.text),
    h('p', { class: 'meta sources' }, q.sources.map(quoteSource),
      q.sources.length > 1 ? h('span', { class: 'repeats' }, `ورد في ${count(q.sources.length, 'تقرير واحد', 'تقريرين', 'تقارير', 'تقريرا')}`) : null))));
}

function entityGroups(entities) {
  if (!entities.length) return h('p', { class: 'notice' }, 'لم تستخرج كيانات بعد.');
  const groups = Object.keys(TYPE_NAMES).map((type) => [type, entities.filter((e) => e.type === type)]).filter(([, list]) => list.length);
  return h('div', {}, groups.map(([type, list]) => h('section', { class: 'entity-group' },
    h('h3', {}, TYPE_NAMES[type]),
    h('ul', { class: 'chips' }, list.map((e) => h('li', {},
      e.id ? link(`#/entity/${encodeURIComponent(e.id)}`, bdi(e.canonical), h('span', { class: 'count' }, e.mentions.toLocaleString('ar')))
        : h('span', { class: 'chip' }, bdi(e.canonical))))))));
}

/** One lane per outlet, reports as dots along a shared time axis that runs right to left like the text. */
function outletLanes(articles) {
  const dated = articles.filter((a) => a.published);
  const times = dated.map((a) => Date.parse(a.published));
  const [first, last] = [Math.min(...times), Math.max(...times)];
  if (dated.length < 2 || first === last) return null;
  const outlets = [...new Set(dated.map((a) => a.outlet || 'مصدر غير معروف'))];
  const [width, lane, labels, pad, axis] = [640, 28, 150, 14, 34];
  const height = outlets.length * lane + axis;
  const right = width - labels - pad;
  const x = (t) => right - ((t - first) / (last - first)) * (right - pad);
  const chart = svg('svg', { class: 'lanes', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'التقارير حسب المنفذ والوقت' });
  outlets.forEach((outlet, i) => {
    const y = i * lane + lane / 2;
    chart.append(svg('line', { class: 'lane', x1: pad, x2: right, y1: y, y2: y }));
    const name = svg('text', { class: 'outlet', x: width - 4, y: y + 5 });
    name.textContent = outlet;
    chart.append(name);
  });
  for (const a of dated) {
    const dot = svg('circle', { class: a.duplicate_of ? 'report copy' : 'report', r: 6,
      cx: x(Date.parse(a.published)), cy: outlets.indexOf(a.outlet || 'مصدر غير معروف') * lane + lane / 2 });
    const title = svg('title');
    title.textContent = `${a.outlet || ''} — ${WHEN.format(new Date(a.published))}\n${a.title}`;
    dot.append(title);
    const target = svg('a', { href: `#/article/${encodeURIComponent(a.id)}` });
    target.append(dot);
    chart.append(target);
  }
  const base = outlets.length * lane + 4;
  chart.append(svg('line', { class: 'axis', x1: pad, x2: right, y1: base, y2: base }));
  for (const [t, anchor] of [[first, 'end'], [last, 'start']]) {
    const tick = svg('text', { class: 'tick', x: x(t), y: base + 20, 'text-anchor': anchor });
    tick.textContent = SHORT_WHEN.format(new Date(t));
    chart.append(tick);
  }
  return chart;
}

/** The stories of the storyline in time order, this one marked in place. */
function storyline(s) {
  if (!s.storyline_stories.length) return [];
  const dates = s.articles.map((a) => a.published).filter(Boolean).sort((x, y) => Date.parse(x) - Date.parse(y));
  const self = { id: s.id, headline: s.headline, first_published: dates[0], articles: s.articles.length, self: true };
  const all = [...s.storyline_stories, self]
    .sort((x, y) => (x.first_published ? Date.parse(x.first_published) : Infinity) - (y.first_published ? Date.parse(y.first_published) : Infinity));
  return [h('h2', {}, 'تطورات القصة'),
    h('ol', { class: 'storyline' }, all.map((t) => h('li', { class: t.self ? 'current' : null },
      time(t.first_published),
      t.self ? h('span', { dir: 'auto' }, t.headline || 'قصة بلا عنوان', h('span', { class: 'meta' }, ' (هذه القصة)'))
        : link(`#/story/${encodeURIComponent(t.id)}`, h('span', { dir: 'auto' }, t.headline || 'قصة بلا عنوان')),
      h('span', { class: 'meta' }, ' · ', count(t.articles, 'تقرير واحد', 'تقريران', 'تقارير', 'تقريرا')))))];
}

async function storyPage(id) {
  const s = await api(`api/stories/${encodeURIComponent(id)}`);
  const mapBox = h('div', { class: 'map-box' });
  const timeline = h('ol', { class: 'timeline' }, s.articles.map((a) => h('li', {},
    time(a.published), h('span', { class: 'badge' }, bdi(a.outlet || 'مصدر غير معروف')), ' ',
    link(`#/article/${encodeURIComponent(a.id)}`, h('span', { dir: 'auto' }, a.title)),
    a.duplicate_of ? h('span', { class: 'meta' }, ' (نسخة مكررة)') : null)));
  show(h('article', { class: 'story' },
    h('h1', { dir: 'auto' }, s.headline || 'قصة بلا عنوان'),
    h('p', { class: 'meta' }, h('span', {}, count(s.articles.length, 'تقرير واحد', 'تقريران', 'تقارير', 'تقريرا')),
      h('span', {}, count(s.outlets.length, 'منفذ واحد', 'منفذان', 'منافذ', 'منفذا'))),
    s.summary ? h('p', { class: 'summary', dir: 'auto' }, s.summary) : null,
    h('div', { class: 'story-layout' },
      h('div', {},
        h('h2', {}, 'التسلسل الزمني للتقارير'), outletLanes(s.articles), timeline,
        h('h2', {}, 'من قال ماذا'), quoteList(s.quotes),
        ...storyline(s)),
      h('aside', {},
        h('h2', {}, 'الأماكن'), mapBox,
        h('h2', {}, 'الكيانات'), entityGroups(s.entities)))));
  await drawMap(mapBox, s.places);
}

let world;
async function drawMap(box, places) {
  if (!places.length) {
    box.replaceChildren(h('p', { class: 'notice' }, 'لا أماكن محددة الموقع في هذه القصة.'));
    return;
  }
  world ??= await api('vendor/countries-110m.json');
  const countries = topojson.feature(world, world.objects.countries);
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const points = { type: 'MultiPoint', coordinates: places.map((p) => [p.lon, p.lat]) };
  const centre = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
  const projection = d3.geoMercator().center(centre).fitExtent([[50, 50], [MAP_WIDTH - 50, MAP_HEIGHT - 40]], points);
  projection.scale(Math.min(projection.scale(), MAP_MAX_SCALE)).translate([MAP_WIDTH / 2, MAP_HEIGHT / 2]);
  const path = d3.geoPath(projection);
  const map = svg('svg', { class: 'map', viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`, role: 'img', 'aria-label': 'خريطة أماكن القصة' });
  for (const country of countries.features) {
    const d = path(country);
    if (d) map.append(svg('path', { class: 'country', d }));
  }
  const most = Math.max(...places.map((p) => p.mentions));
  for (const p of places) {
    const [x, y] = projection([p.lon, p.lat]);
    const dot = svg('circle', { class: 'place', cx: x, cy: y, r: 4 + 6 * Math.sqrt(p.mentions / most) });
    const title = svg('title');
    title.textContent = `${p.name}: ${p.mentions.toLocaleString('ar')}`;
    dot.append(title);
    const label = svg('text', { class: 'label', x, y: y - 13 });
    label.textContent = p.name;
    map.append(dot, label);
  }
  box.replaceChildren(map);
}

async function entityPage(id) {
  const e = await api(`api/entities/${encodeURIComponent(id)}`);
  show(h('article', { class: 'entity' },
    h('h1', {}, bdi(e.canonical)),
    h('p', { class: 'meta' }, h('span', { class: 'entity-type' }, TYPE_SINGULAR[e.type] || e.type)),
    h('h2', {}, 'صيغ الاسم'),
    h('ul', { class: 'chips variants' }, e.variants.map((v) => h('li', {}, h('span', { class: 'chip' }, bdi(v))))),
    h('h2', {}, 'القصص'),
    e.stories.length ? h('ul', { class: 'story-list' }, e.stories.map(storyCard)) : h('p', { class: 'notice' }, 'لا قصص.'),
    h('h2', {}, 'تصريحاته'),
    quoteList(e.quotes, false)));
}

/** The article text as paragraphs, with entity mentions linked and quotes shaded, by the API's offsets. */
function annotatedText(a) {
  const marks = [];
  for (const m of a.entities) marks.push({ start: m.start, end: m.end, kind: 'mention', m });
  for (const q of a.quotes) marks.push({ start: q.start, end: q.end, kind: 'quote', q });
  // Quotes can contain mentions: render quotes as outer spans and mentions inside them.
  const cuts = new Set([0, a.text.length]);
  marks.forEach((m) => { cuts.add(m.start); cuts.add(m.end); });
  for (let i = a.text.indexOf('\n'); i >= 0; i = a.text.indexOf('\n', i + 1)) cuts.add(i);
  const points = [...cuts].sort((x, y) => x - y);
  const paragraphs = [];
  let para = h('p', { dir: 'auto' });
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    let piece = a.text.slice(from, to);
    if (piece.startsWith('\n')) {
      if (para.childNodes.length) paragraphs.push(para);
      para = h('p', { dir: 'auto' });
      piece = piece.replace(/^\n+/, '');
    }
    if (!piece) continue;
    const mention = marks.find((m) => m.kind === 'mention' && m.start <= from && to <= m.end);
    const inQuote = marks.some((m) => m.kind === 'quote' && m.start <= from && to <= m.end);
    let node = mention
      ? (mention.m.entity ? h('a', { class: `mention ${mention.m.type}`, href: `#/entity/${encodeURIComponent(mention.m.entity)}`, title: mention.m.canonical || '' }, piece)
        : h('span', { class: `mention ${mention.m.type}` }, piece))
      : document.createTextNode(piece);
    if (inQuote) node = h('span', { class: 'quote-span' }, node);
    para.append(node);
  }
  if (para.childNodes.length) paragraphs.push(para);
  return h('div', { class: 'article-text' }, paragraphs);
}

async function articlePage(id) {
  const a = await api(`api/articles/${encodeURIComponent(id)}`);
  show(h('article', {},
    h('h1', { dir: 'auto' }, a.title),
    h('p', { class: 'meta' }, h('span', { class: 'badge' }, bdi(a.outlet || 'مصدر غير معروف')), time(a.published),
      a.story ? h('span', {}, link(`#/story/${encodeURIComponent(a.story)}`, 'القصة كاملة')) : null,
      a.url ? h('span', {}, h('a', { href: a.url, rel: 'noopener noreferrer' }, 'المصدر')) : null),
    annotatedText(a)));
}

async function searchPage(params) {
  const form = h('form', { class: 'search-form', id: 'search-page-form' },
    h('input', { type: 'search', name: 'q', dir: 'auto', value: params.get('q') || '', placeholder: 'كلمات أو "عبارة بين علامتي تنصيص"', 'aria-label': 'كلمات البحث' }),
    h('select', { name: 'sort', 'aria-label': 'الترتيب' },
      h('option', { value: 'relevance', selected: params.get('sort') !== 'date' }, 'الأكثر صلة'),
      h('option', { value: 'date', selected: params.get('sort') === 'date' }, 'الأحدث')),
    h('label', {}, 'من ', h('input', { type: 'date', name: 'from', value: params.get('from') || '' })),
    h('label', {}, 'إلى ', h('input', { type: 'date', name: 'to', value: params.get('to') || '' })),
    h('button', { type: 'submit' }, 'بحث'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v && !(k === 'sort' && v === 'relevance')) next.set(k, v);
    location.hash = `#/search?${next}`;
  });
  const q = params.get('q') || '';
  if (!q.trim() && !params.get('from') && !params.get('to') && !params.get('outlet') && !params.get('entity')) {
    return show(h('h1', {}, 'البحث'), form);
  }
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const query = new URLSearchParams(params);
  query.set('offset', offset);
  query.set('limit', PAGE);
  const found = await api(`api/search?${query}`);
  const results = h('ol', { class: 'results' }, found.stories.map((s) => h('li', { class: 'story-card' },
    h('h2', { dir: 'auto' }, s.story_id ? link(`#/story/${encodeURIComponent(s.story_id)}`, s.headline || s.hits[0].title) : s.hits[0].title),
    h('p', { class: 'meta' }, count(s.matching_articles, 'تقرير واحد مطابق', 'تقريران مطابقان', 'تقارير مطابقة', 'تقريرا مطابقا')),
    h('ul', { class: 'hits' }, s.hits.map((hit) => {
      // The server escapes the text and adds only <mark> elements.
      const title = h('a', { href: `#/article/${encodeURIComponent(hit.article_id)}`, dir: 'auto' });
      title.innerHTML = hit.title_html;
      const snippet = h('p', { class: 'snippet', dir: 'auto' });
      snippet.innerHTML = hit.snippet_html;
      return h('li', {}, title, h('p', { class: 'meta' }, h('span', {}, bdi(hit.outlet || '')), time(hit.published)), snippet);
    })))));
  const more = new URLSearchParams(params);
  const pager = h('nav', { class: 'pager' },
    offset > 0 ? link(`#/search?${(more.set('offset', Math.max(0, offset - PAGE)), more)}`, 'السابق') : null,
    offset + PAGE < found.total_stories ? link(`#/search?${(more.set('offset', offset + PAGE), more)}`, 'التالي') : null);
  show(h('h1', {}, 'البحث'), form,
    h('p', { class: 'meta', id: 'search-summary' },
      count(found.total_articles, 'مقال واحد', 'مقالان', 'مقالات', 'مقالا'), ' في ', count(found.total_stories, 'قصة واحدة', 'قصتين', 'قصص', 'قصة')),
    found.stories.length ? results : h('p', { class: 'notice' }, 'لا نتائج.'), pager);
}

async function route() {
  const [path, query] = (location.hash.slice(1) || '/').split('?');
  const params = new URLSearchParams(query || '');
  const [, page, id] = path.split('/');
  try {
    if (page === 'story' && id) await storyPage(decodeURIComponent(id));
    else if (page === 'entity' && id) await entityPage(decodeURIComponent(id));
    else if (page === 'article' && id) await articlePage(decodeURIComponent(id));
    else if (page === 'search') await searchPage(params);
    else await frontPage(params);
  } catch (error) {
    show(h('h1', {}, 'تعذر عرض الصفحة'), h('p', { class: 'error' }, error.message));
  }
  document.body.dataset.ready = location.hash || '#/';
}

document.getElementById('quick-search').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = new FormData(event.target).get('q');
  location.hash = `#/search?${new URLSearchParams({ q })}`;
});
window.addEventListener('hashchange', route);
route();
