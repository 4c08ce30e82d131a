/**
 * The pages that show the stress data in the two peers, as a user of each library would write them: the same
 * events, partners (one group / row per partner) and thumbnails as the kiosk's bundle. Everything is loaded from
 * the bench's own server on 127.0.0.1; TimelineJS3 gets a local `script_path`, no web font, no theme, no
 * analytics, so it never reaches for its CDN.
 */
import type { StressContent } from './stressManifest';

/** The data both peer pages read, served as `/data.js` (sets `window.__stress`). */
export function peerDataScript(content: StressContent): string {
  const data = {
    partners: content.partners,
    events: content.events.map((event) => ({ ...event, image: `/photos/${event.photo}.jpg` })),
  };
  return `window.__stress = ${JSON.stringify(data)};\n`;
}

const PAGE_STYLE = 'html,body{margin:0;height:100%;background:#fff;font-family:"DejaVu Sans",sans-serif}#tl{width:100vw;height:100vh}';

/**
 * vis-timeline 8.5.4 from its standalone UMD build (styles included): groups = partners, one item per event with
 * its thumbnail as an `<img>`, the whole range 1960–2027 in view, plain wheel zooms (as in the kiosk). Overlapping
 * items of a group are clustered with vis-timeline's own `cluster` option, as the kiosk clusters: with the defaults
 * (stacking, no clusters) 5,000 events blocked the main thread for more than 80 s, which no one would ship.
 */
export function visTimelinePage(): string {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>vis-timeline</title><style>${PAGE_STYLE}</style>
<script src="/lib/vis/vis-timeline-graph2d.min.js"></script><script src="/data.js"></script></head>
<body><div id="tl"></div>
<script>
  const data = window.__stress;
  const groups = new vis.DataSet(data.partners.map((p) => ({ id: p.id, content: p.name, style: 'color:' + p.color })));
  const items = new vis.DataSet(data.events.map((e) => ({
    id: e.id, group: e.partnerId, start: e.date,
    content: '<img src="' + e.image + '" width="32" height="32" alt=""> ' + e.title,
    title: e.text,
  })));
  const timeline = new vis.Timeline(document.getElementById('tl'), items, groups, {
    width: '100%', height: '100%', start: '1960-01-01', end: '2027-01-01', zoomKey: '', horizontalScroll: false, cluster: { maxItems: 1, clusterCriteria: (a, b) => a.group === b.group },
  });
  window.__timeline = timeline;
  window.__viewState = () => { const w = timeline.getWindow(); return w.start.valueOf() + '|' + w.end.valueOf(); };
</script></body></html>
`;
}

/**
 * TimelineJS3 3.9.11 from its dist files: one slide per event with the photo as media and thumbnail, one timenav
 * row group per partner. Offline options: local script_path, `font: null`, `theme: null`, built-in English.
 */
export function timelineJsPage(): string {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>TimelineJS3</title><style>${PAGE_STYLE}</style>
<link rel="stylesheet" href="/lib/tl3/css/timeline.css"><script src="/lib/tl3/js/timeline.js"></script><script src="/data.js"></script></head>
<body><div id="tl"></div>
<script>
  const data = window.__stress;
  const names = Object.fromEntries(data.partners.map((p) => [p.id, p.name]));
  const events = data.events.map((e) => {
    const [year, month, day] = e.date.split('-').map(Number);
    return {
      unique_id: e.id, start_date: { year, month, day }, group: names[e.partnerId],
      text: { headline: e.title, text: e.text }, media: { url: e.image, thumbnail: e.image, alt: '' },
    };
  });
  const timeline = new TL.Timeline('tl', { events }, {
    script_path: location.origin + '/lib/tl3/js/', font: null, theme: null, language: 'en',
    hash_bookmark: false, ga_measurement_id: null, ga_property_id: null, track_events: [],
  });
  window.__timeline = timeline;
  window.__viewState = () => {
    const slider = document.querySelector('.tl-timenav-slider');
    return (slider ? slider.style.left + '|' + slider.offsetWidth : '-') + '|' + timeline.current_id;
  };
</script></body></html>
`;
}

/**
 * The floor: the least a page can do and still follow the gesture sequence — one full-height layer (lane stripes and
 * decade lines drawn by CSS gradients, no elements per event) that one finger pans, two fingers and the wheel zoom
 * by `transform`, and a fling keeps gliding. Its frame intervals show what this browser on this machine delivers
 * without a GPU before any timeline does any work; no real timeline can be faster.
 */
export function floorPage(): string {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Untergrenze / floor</title><style>${PAGE_STYLE}
#tl{position:relative;overflow:hidden;touch-action:none}
#world{position:absolute;left:0;top:0;width:100%;height:100%;transform-origin:0 0;will-change:transform;
  background:repeating-linear-gradient(90deg,transparent 0 239px,#c8c8c8 239px 240px),
    repeating-linear-gradient(180deg,#f3efe6 0 120px,#e8e2d4 120px 240px)}
</style></head>
<body><div id="tl"><div id="world"></div></div>
<script>
  const world = document.getElementById('world');
  const view = { x: 0, k: 1 };
  const pointers = new Map();
  let last = null, velocity = 0, glide = 0;
  const apply = () => { world.style.transform = 'translate(' + view.x + 'px,0) scale(' + view.k + ',1)'; };
  const zoomAt = (cx, factor) => { const k = Math.min(64, Math.max(1, view.k * factor)); view.x = cx - (cx - view.x) * (k / view.k); view.k = k; apply(); };
  const spread = () => { const [a, b] = [...pointers.values()]; return { d: Math.abs(a.x - b.x), cx: (a.x + b.x) / 2 }; };
  const tl = document.getElementById('tl');
  tl.addEventListener('pointerdown', (e) => { cancelAnimationFrame(glide); pointers.set(e.pointerId, { x: e.clientX }); last = pointers.size === 2 ? spread() : { t: e.timeStamp, x: e.clientX }; velocity = 0; });
  tl.addEventListener('pointermove', (e) => {
    if (!pointers.has(e.pointerId)) return;
    pointers.get(e.pointerId).x = e.clientX;
    if (pointers.size === 1) {
      const dt = Math.max(1, e.timeStamp - last.t); velocity = (e.clientX - last.x) / dt;
      view.x += e.clientX - last.x; last = { t: e.timeStamp, x: e.clientX }; apply();
    } else if (pointers.size === 2) {
      const now = spread(); if (last.d > 0 && now.d > 0) zoomAt(now.cx, now.d / last.d); view.x += now.cx - last.cx; apply(); last = now;
    }
  });
  const up = (e) => {
    const wasPan = pointers.size === 1; pointers.delete(e.pointerId);
    if (pointers.size === 1) { const [p] = pointers.values(); last = { t: e.timeStamp, x: p.x }; velocity = 0; return; }
    if (!wasPan || Math.abs(velocity) < 0.2) return;
    let previous = performance.now();
    const step = (now) => { const dt = now - previous; previous = now; view.x += velocity * dt; velocity *= Math.pow(0.995, dt); apply(); if (Math.abs(velocity) > 0.02) glide = requestAnimationFrame(step); };
    glide = requestAnimationFrame(step);
  };
  tl.addEventListener('pointerup', up); tl.addEventListener('pointercancel', up);
  tl.addEventListener('wheel', (e) => { e.preventDefault(); zoomAt(e.clientX, Math.exp(-e.deltaY / 500)); }, { passive: false });
  window.__viewState = () => view.x.toFixed(1) + '|' + view.k.toFixed(4);
</script></body></html>
`;
}
