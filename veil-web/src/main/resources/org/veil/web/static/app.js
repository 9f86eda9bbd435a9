'use strict';
// Veil review page. Plain JS, no dependencies. Offsets from the server are Unicode code points.
(function () {
  const TYPES = ['PERSON', 'LOCATION', 'ORGANIZATION', 'DATETIME', 'CODE', 'CONTACT', 'QUANTITY',
    'DEMOGRAPHIC', 'MILITARY', 'MISC'];
  const KINDS = { DIRECT: 'direct', QUASI: 'quasi', NONE: 'public' };
  const $ = (id) => document.getElementById(id);
  const el = (tag, props, ...kids) => {
    const e = document.createElement(tag);
    if (props) for (const [k, v] of Object.entries(props)) {
      if (k === 'class') e.className = v; else if (k === 'data') Object.assign(e.dataset, v);
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e[k] = v;
    }
    for (const kid of kids) if (kid != null) e.append(kid);
    return e;
  };

  let csrf = null;
  let doc = null;          // the open document's view from the server
  let cps = [];            // its text as an array of code points
  let segs = [];           // [offset, element] of every rendered segment, in order
  let focus = -1;          // index of the focused span
  let riskSeq = 0;
  let riskTimer = null;
  let riskBusy = false;
  const checked = [];      // entity ids checked for merging, in order
  const openDetails = new Set();

  function status(msg, error) {
    $('status').textContent = msg || '';
    $('status').classList.toggle('error', !!error);
  }

  async function api(method, path, body, raw) {
    const headers = { 'X-Veil-CSRF': csrf || '' };
    const init = { method, headers, credentials: 'same-origin', cache: 'no-store' };
    if (raw !== undefined) { init.body = raw; headers['Content-Type'] = 'application/octet-stream'; }
    else if (body !== undefined) { init.body = JSON.stringify(body); headers['Content-Type'] = 'application/json'; }
    const res = await fetch(path, init);
    const timing = /dur=(\d+)/.exec(res.headers.get('Server-Timing') || '');
    if (timing) document.body.dataset.serverMs = timing[1];
    let data = null;
    try { data = await res.json(); } catch (e) { data = null; }
    if (!res.ok) {
      const err = new Error(data && data.error ? data.error : 'request failed (' + res.status + ')');
      err.status = res.status;
      throw err;
    }
    return data;
  }

  // ---- rendering -------------------------------------------------------------------------------
  function entityById() {
    const m = new Map();
    for (const e of doc.entities) m.set(e.id, e);
    return m;
  }

  function spanTitle(s, ents) {
    const e = ents.get(s.entity);
    const n = e ? e.mentions.length : 1;
    return s.entity + ' · ' + s.type + ' · ' + KINDS[s.kind] + (e ? ' — ' + e.canonical : '') +
      ' (' + n + (n === 1 ? ' mention' : ' mentions') + ')' + (s.added ? ' · added by you' : '') +
      (s.accepted ? ' · confirmed' : '');
  }

  // Long texts are built in blocks that end at a blank line outside any mark, so the browser can skip the
  // layout of blocks off screen (content-visibility), which keeps every update quick on 100 KB.
  function renderDoc() {
    const box = $('doc');
    const frag = document.createDocumentFragment();
    const ents = entityById();
    const cuts = blocksAt(doc.spans, cps);
    let block = el('div', { class: 'block' });
    let cut = 0;
    segs = [];
    let at = 0;
    const put = (from, to, make) => {
      while (cut < cuts.length && cuts[cut] <= from) { frag.append(block); block = el('div', { class: 'block' }); cut++; }
      const e = make(from, to);
      segs.push([from, e]);
      block.append(e);
    };
    const plainSeg = (from, to) => {
      // Plain text may cross a block boundary: split it there.
      while (cut < cuts.length && cuts[cut] > from && cuts[cut] < to) {
        put(from, cuts[cut], (a, b) => el('span', { data: { o: a } }, cps.slice(a, b).join('')));
        from = cuts[cut];
      }
      put(from, to, (a, b) => el('span', { data: { o: a } }, cps.slice(a, b).join('')));
    };
    doc.spans.forEach((s, i) => {
      if (s.s > at) plainSeg(at, s.s);
      put(s.s, s.e, (a, b) => el('mark', {
        class: 'sp t-' + s.type + ' k-' + s.kind + (s.added ? ' added' : '') + (s.accepted ? ' accepted' : ''),
        title: spanTitle(s, ents), data: { o: a, i: i, e: s.entity }
      }, cps.slice(a, b).join('')));
      at = s.e;
    });
    if (at < cps.length) plainSeg(at, cps.length);
    frag.append(block);
    box.replaceChildren(frag);
  }

  /** Code-point offsets where a new block may start: after a blank line, outside every mark, every ~1500. */
  function blocksAt(marks, points) {
    const cuts = [];
    let from = 0;
    let m = 0;
    for (let i = 1; i < points.length; i++) {
      if (points[i - 1] !== '\n' || points[i] === '\n' || i - from < 1500) continue;
      if (i < 2 || points[i - 2] !== '\n') continue;
      while (m < marks.length && marks[m].e <= i) m++;
      if (m < marks.length && marks[m].s < i) continue;
      cuts.push(i);
      from = i;
    }
    return cuts;
  }

  // Most decisions (mask, keep, confirm, merge, type) leave every span where it was: then the marks are
  // updated in place, which is far cheaper on a long document than building the text again.
  function sameBounds(a, b) {
    if (!a || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i].s !== b[i].s || a[i].e !== b[i].e) return false;
    return true;
  }

  function patchDoc() {
    const ents = entityById();
    const marks = $('doc').querySelectorAll('mark.sp');
    doc.spans.forEach((s, i) => {
      const m = marks[i];
      const cls = 'sp t-' + s.type + ' k-' + s.kind + (s.added ? ' added' : '') + (s.accepted ? ' accepted' : '') +
        (i === focus ? ' focus' : '');
      if (m.className !== cls) m.className = cls;
      m.dataset.e = s.entity;
      const title = spanTitle(s, ents);
      if (m.title !== title) m.title = title;
    });
  }

  function patchPreview(old) {
    const p = doc.preview;
    const marks = $('preview').querySelectorAll('mark.rp');
    const out = Array.from(p.text);
    p.marks.forEach((m, i) => {
      const e = marks[i];
      const text = out.slice(m.s, m.e).join('');
      if (e.textContent !== text) e.textContent = text;
      const cls = 'rp t-' + m.type + (m.changed ? '' : ' same');
      if (e.className !== cls) e.className = cls;
      e.dataset.o = m.s;
    });
    return old;
  }

  function samePreviewMarks(a, b) {
    if (!a || a.marks.length !== b.marks.length) return false;
    for (let i = 0; i < a.marks.length; i++) if (a.marks[i].src !== b.marks[i].src) return false;
    return true;
  }

  function renderPreview() {
    const p = doc.preview;
    const out = Array.from(p.text);
    const cuts = blocksAt(p.marks, out);
    const frag = document.createDocumentFragment();
    let block = el('div', { class: 'block' });
    let cut = 0;
    const text = (from, to) => {
      while (cut < cuts.length && cuts[cut] <= to) {
        if (cuts[cut] > from) block.append(out.slice(from, cuts[cut]).join(''));
        from = Math.max(from, cuts[cut]);
        frag.append(block);
        block = el('div', { class: 'block' });
        cut++;
      }
      if (to > from) block.append(out.slice(from, to).join(''));
    };
    let at = 0;
    for (const m of p.marks) {
      text(at, m.s);
      block.append(el('mark', { class: 'rp t-' + m.type + (m.changed ? '' : ' same'), data: { src: m.src, o: m.s } },
        out.slice(m.s, m.e).join('')));
      at = m.e;
    }
    text(at, out.length);
    frag.append(block);
    $('preview').replaceChildren(frag);
    $('policy').textContent = '(policy ' + p.policy + ')';
  }

  function renderLegend() {
    const box = $('legend');
    const used = new Set(doc.spans.map((s) => s.type));
    box.replaceChildren(
      ...TYPES.filter((t) => used.has(t)).map((t) => el('mark', { class: 'key t-' + t + ' k-QUASI' }, t.toLowerCase())),
      el('mark', { class: 'key t-PERSON k-DIRECT' }, 'direct'),
      el('mark', { class: 'key t-PERSON k-QUASI' }, 'quasi'),
      el('mark', { class: 'key t-PERSON k-NONE' }, 'public'),
      el('mark', { class: 'key t-MISC added' }, 'added by you'));
  }

  function context(s, e) {
    const before = cps.slice(Math.max(0, s - 30), s).join('').replace(/\s+/g, ' ');
    const after = cps.slice(e, Math.min(cps.length, e + 30)).join('').replace(/\s+/g, ' ');
    return el('span', { class: 'ctx' }, '…' + before, el('b', null, cps.slice(s, e).join('')), after + '…');
  }

  function renderEntities() {
    const box = $('entities');
    const byType = new Map();
    for (const e of doc.entities) {
      if (!byType.has(e.type)) byType.set(e.type, []);
      byType.get(e.type).push(e);
    }
    const accepted = new Set(doc.spans.filter((s) => s.accepted).map((s) => s.s + ':' + s.e));
    const frag = document.createDocumentFragment();
    for (const t of TYPES) {
      const list = byType.get(t);
      if (!list) continue;
      const group = el('div', { class: 'group' }, el('h3', null, t.toLowerCase() + ' (' + list.length + ')'));
      for (const e of list) group.append(entityRow(e, accepted));
      frag.append(group);
    }
    box.replaceChildren(frag);
    updateMerge();
  }

  function entityRow(e, accepted) {
    const check = el('input', { type: 'checkbox', checked: checked.includes(e.id), title: 'Check to merge',
      onchange: () => { toggleChecked(e.id, check.checked); } });
    check.setAttribute('aria-label', 'Check ' + e.canonical + ' for merging');
    const masked = e.kind !== 'NONE';
    const row = el('div', { class: 'row' }, check,
      el('span', { class: 'name' }, e.canonical, ' ', el('span', { class: 'count' }, '×' + e.mentions.length)),
      el('span', { class: 'kind k-' + e.kind }, KINDS[e.kind]),
      el('button', { type: 'button', class: masked ? 'on' : '', textContent: 'Mask',
        onclick: () => decide({ action: 'mask', entity: e.id }) }),
      el('button', { type: 'button', class: masked ? '' : 'on', textContent: 'Keep',
        onclick: () => decide({ action: 'keep', entity: e.id }) }));
    const details = el('details', { open: openDetails.has(e.id) }, el('summary', null, 'type, mentions'));
    const fill = () => {
      if (details.childElementCount > 1) return;
      const type = el('select', { onchange: () => decide({ action: 'retype', entity: e.id, type: type.value }) },
        ...TYPES.map((t) => el('option', { value: t, selected: t === e.type }, t.toLowerCase())));
      type.setAttribute('aria-label', 'Type of ' + e.canonical);
      const ul = el('ul');
      for (const [s, en] of e.mentions) {
        const ok = accepted.has(s + ':' + en);
        ul.append(el('li', null, context(s, en),
          el('button', { type: 'button', class: ok ? 'on' : '', title: 'Confirm this mention', textContent: '✓',
            onclick: () => decide({ action: 'accept', start: s, end: en }) }),
          el('button', { type: 'button', title: 'Reject: not identifying', textContent: '✗',
            onclick: () => decide({ action: 'reject', start: s, end: en }) }),
          el('button', { type: 'button', title: 'Split off: not the same ' + e.type.toLowerCase(), textContent: 'split',
            onclick: () => decide({ action: 'split', start: s, end: en }) }),
          el('button', { type: 'button', title: 'Show in the text', textContent: '→',
            onclick: () => focusAt(s) })));
      }
      details.append(el('label', null, 'Type ', type), ul);
    };
    details.addEventListener('toggle', () => {
      if (details.open) { openDetails.add(e.id); fill(); } else openDetails.delete(e.id);
    });
    if (details.open) fill();
    return el('div', { class: 'ent', data: { id: e.id } }, row, details);
  }

  function toggleChecked(id, on) {
    const i = checked.indexOf(id);
    if (on && i < 0) checked.push(id);
    if (!on && i >= 0) checked.splice(i, 1);
    updateMerge();
  }

  function updateMerge() {
    const live = new Set(doc ? doc.entities.map((e) => e.id) : []);
    for (let i = checked.length - 1; i >= 0; i--) if (!live.has(checked[i])) checked.splice(i, 1);
    $('merge').disabled = checked.length < 2;
    $('merge').textContent = 'Merge checked' + (checked.length ? ' (' + checked.length + ')' : '');
  }

  function renderTerms(terms) {
    const box = $('terms');
    const item = (label, text) => el('span', { class: 'term' }, label + ' ' + text,
      el('button', { type: 'button', title: 'Forget this term', textContent: '×',
        onclick: () => run(() => api('POST', '/api/forget', { term: text }).then(apply)) }));
    const allow = terms.allow.map((t) => item('allow:', t));
    const deny = terms.deny.map((d) => item(d.type.toLowerCase() + ':', d.text));
    box.replaceChildren(...(allow.length + deny.length ? [...deny, ...allow]
      : [el('span', { class: 'count' }, 'Rejected and added terms are remembered here.')]));
  }

  function render(view, fresh, since) {
    const t0 = performance.now();
    let patchable = false;
    if (fresh) {
      doc = view;
      cps = Array.from(view.text);
      focus = -1;
      openDetails.clear();
      checked.length = 0;
      $('docname').textContent = view.name + ' (' + view.language + ')';
      document.documentElement.lang = view.language;
    } else {
      const keep = focus >= 0 && doc.spans[focus] ? doc.spans[focus].s : -1;
      view.text = doc.text;
      patchable = sameBounds(doc.spans, view.spans) && samePreviewMarks(doc.preview, view.preview);
      doc = view;
      focus = keep < 0 ? -1 : Math.min(doc.spans.length - 1, Math.max(0, doc.spans.findIndex((s) => s.s >= keep)));
      if (focus >= 0 && doc.spans.findIndex((s) => s.s >= keep) < 0) focus = doc.spans.length - 1;
    }
    const docScroll = $('doc').scrollTop;
    const prevScroll = $('preview').scrollTop;
    const sideScroll = $('side').scrollTop;
    if (!fresh && patchable) {
      patchDoc();
      patchPreview();
    } else {
      renderDoc();
      renderPreview();
    }
    renderLegend();
    renderEntities();
    renderTerms(doc.terms);
    if (!fresh && !patchable) { $('doc').scrollTop = docScroll; $('preview').scrollTop = prevScroll; }
    if (!fresh) $('side').scrollTop = sideScroll;
    if (focus >= 0 && !patchable) markFocus(false);
    document.body.dataset.renderMs = String(Math.round(performance.now() - t0));
    if (since !== undefined) document.body.dataset.lastAction = String(Math.round(performance.now() - since));
    document.body.dataset.spans = String(doc.spans.length);
    document.body.dataset.version = String((+document.body.dataset.version || 0) + 1);
    scheduleRisk();
  }

  // ---- risk --------------------------------------------------------------------------------------
  // The check re-analyses the whole output on the server: at most one in flight, and only for the latest state.
  function scheduleRisk() {
    clearTimeout(riskTimer);
    riskSeq++;
    delete document.body.dataset.risk;
    $('level').textContent = '…';
    $('level').className = 'level';
    // Wait for a pause in the reviewer's work: the check takes about a second per 10 KB.
    riskTimer = setTimeout(loadRisk, 400 + Math.min(3000, cps.length / 50));
  }

  async function loadRisk() {
    if (riskBusy) return;
    const seq = riskSeq;
    riskBusy = true;
    try {
      const r = await api('GET', '/api/risk');
      if (seq !== riskSeq) return;
      $('level').textContent = r.report.level;
      $('level').className = 'level ' + r.report.level;
      const kept = r.keptByReviewer.length ? [el('li', { class: 'kept' }, 'you chose to publish ' +
        r.keptByReviewer.length + ' detected identifier(s) as they are (' +
        [...new Set(r.keptByReviewer)].join(', ').toLowerCase() + '); the report counts them as public')] : [];
      $('reasons').replaceChildren(...kept, ...r.report.reasons.map((x) => el('li', null, x)));
      $('candidates').replaceChildren(...r.candidates.map((c) => el('li', null,
        el('button', { type: 'button', title: 'Show it in the preview and select it in the text',
          onclick: () => showCandidate(c) }, c.type.toLowerCase() + ': ' + c.context))));
      document.body.dataset.risk = r.report.level;
    } catch (e) {
      if (seq === riskSeq) status(e.message, true);
    } finally {
      riskBusy = false;
      if (seq !== riskSeq) loadRisk();
    }
  }

  function showCandidate(c) {
    flashPreview(c.outStart, c.outEnd);
    selectSource(c.start, c.end);
    if (TYPES.includes(c.type)) $('addtype').value = c.type;
    status('Selected in the text: press a (or Add) to mark it as ' + c.type.toLowerCase() + '.');
  }

  function flashPreview(s, e) {
    // Wrap the candidate in the preview briefly so the eye finds it.
    const box = $('preview');
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    let at = 0;
    let node;
    while ((node = walker.nextNode())) {
      const len = Array.from(node.data).length;
      if (at + len > s) {
        const r = document.createRange();
        const startChar = Array.from(node.data).slice(0, s - at).join('').length;
        const endChar = Array.from(node.data).slice(0, Math.min(len, e - at)).join('').length;
        r.setStart(node, startChar);
        r.setEnd(node, endChar);
        const m = el('mark', { class: 'flash' });
        r.surroundContents(m);
        m.scrollIntoView({ block: 'center' });
        setTimeout(() => { if (m.isConnected) { m.replaceWith(...m.childNodes); box.normalize(); } }, 2500);
        return;
      }
      at += len;
    }
  }

  function segAt(offset) {
    let lo = 0, hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid][0] <= offset) lo = mid; else hi = mid - 1;
    }
    return segs[lo];
  }

  function domPoint(offset) {
    const [o, elem] = segAt(offset);
    const node = elem.firstChild;
    return [node, Array.from(node.data).slice(0, offset - o).join('').length];
  }

  function selectSource(s, e) {
    const r = document.createRange();
    const [a, ao] = domPoint(s);
    const [b, bo] = e >= cps.length ? [segs[segs.length - 1][1].firstChild, segs[segs.length - 1][1].firstChild.data.length] : domPoint(e);
    r.setStart(a, ao);
    r.setEnd(b, bo);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(r);
    a.parentElement.scrollIntoView({ block: 'center' });
  }

  // ---- selection and focus ---------------------------------------------------------------------------
  function offsetOf(node, off) {
    const box = $('doc');
    if (node === box) {
      const child = box.childNodes[off];
      return child && child.firstChild ? +child.firstChild.dataset.o : cps.length;
    }
    if (node.nodeType === 1 && node.classList.contains('block')) {
      const child = node.childNodes[off];
      if (child) return +child.dataset.o;
      const next = node.nextElementSibling;
      return next && next.firstChild ? +next.firstChild.dataset.o : cps.length;
    }
    const seg = (node.nodeType === 3 ? node.parentElement : node).closest('[data-o]');
    if (!seg || !box.contains(seg)) return null;
    if (node.nodeType === 3) return +seg.dataset.o + Array.from(node.data.slice(0, off)).length;
    return +seg.dataset.o + (off === 0 ? 0 : Array.from(seg.textContent).length);
  }

  function selection() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const r = sel.getRangeAt(0);
    const s = offsetOf(r.startContainer, r.startOffset);
    const e = offsetOf(r.endContainer, r.endOffset);
    return s == null || e == null || e <= s ? null : [s, e];
  }

  function markFocus(scroll) {
    $('doc').querySelectorAll('mark.focus').forEach((m) => m.classList.remove('focus'));
    const m = $('doc').querySelector('mark[data-i="' + focus + '"]');
    if (!m) return;
    m.classList.add('focus');
    if (scroll) {
      m.scrollIntoView({ block: 'center' });
      const p = $('preview').querySelector('mark[data-src="' + doc.spans[focus].s + '"]');
      if (p) p.scrollIntoView({ block: 'center' });
    }
    status(m.title);
  }

  function focusAt(offset) {
    const i = doc.spans.findIndex((s) => s.s === offset);
    if (i >= 0) { focus = i; markFocus(true); }
  }

  function move(step) {
    if (!doc || !doc.spans.length) return;
    focus = focus < 0 ? (step > 0 ? 0 : doc.spans.length - 1)
      : (focus + step + doc.spans.length) % doc.spans.length;
    markFocus(true);
  }

  // ---- actions -----------------------------------------------------------------------------------
  async function run(work) {
    try { await work(); } catch (e) { status(e.message, true); }
  }

  function apply(view) {
    render(view, false);
  }

  function decide(decision) {
    const t0 = performance.now();
    return run(async () => {
      const view = await api('POST', '/api/decide', decision);
      render(view, false, t0);
      status(describe(decision));
    });
  }

  function describe(d) {
    return { mask: 'Masked.', keep: 'Kept as it is.', accept: 'Confirmed.', reject: 'Rejected; remembered as not identifying.',
      split: 'Split off into its own entity.', merge: 'Merged.', retype: 'Type changed.',
      add: 'Added, with every occurrence found.' }[d.action] || 'Done.';
  }

  function focused() {
    return focus >= 0 ? doc.spans[focus] : null;
  }

  function addSelection() {
    const r = selection();
    if (!r) { status('Select the missed text in the document first.', true); return; }
    window.getSelection().removeAllRanges();
    decide({ action: 'add', start: r[0], end: r[1], type: $('addtype').value });
  }

  async function open(path) {
    const t0 = performance.now();
    status('Analysing…');
    await run(async () => {
      const view = await api('POST', '/api/open', { path });
      render(view, true);
      document.body.dataset.openMs = String(Math.round(performance.now() - t0));
      status('Opened ' + view.name + '.');
    });
  }

  async function upload(file) {
    status('Analysing…');
    await run(async () => {
      const buf = await file.arrayBuffer();
      const view = await api('POST', '/api/upload?name=' + encodeURIComponent(file.name), undefined, buf);
      render(view, true);
      status('Opened ' + view.name + '.');
    });
  }

  async function exportDoc() {
    await run(async () => {
      let done;
      try {
        done = await api('POST', '/api/export', { overwrite: false });
      } catch (e) {
        if (e.status !== 409 || !e.message.startsWith('exists:')) throw e;
        if (!window.confirm('These files exist already: ' + e.message.slice(7).trim() + '. Replace them?')) {
          status('Nothing was written.');
          return;
        }
        done = await api('POST', '/api/export', { overwrite: true });
      }
      doc.unsaved = false;
      document.body.dataset.exported = done.document;
      status('Written: ' + done.document + ' and ' + done.report);
    });
  }

  function onKey(ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || !doc) return;
    const t = ev.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
    const s = focused();
    const act = {
      j: () => move(1), k: () => move(-1), a: addSelection,
      u: () => run(() => api('POST', '/api/undo', {}).then(apply)),
      m: () => s && decide({ action: 'mask', entity: s.entity }),
      p: () => s && decide({ action: 'keep', entity: s.entity }),
      c: () => s && decide({ action: 'accept', start: s.s, end: s.e }),
      x: () => s && decide({ action: 'reject', start: s.s, end: s.e }),
      s: () => s && decide({ action: 'split', start: s.s, end: s.e })
    }[ev.key];
    if (act) { ev.preventDefault(); act(); }
  }

  function setup() {
    $('addtype').replaceChildren(...TYPES.map((t) => el('option', { value: t }, t.toLowerCase())));
    $('open-listed').addEventListener('click', () => { if ($('docs').value) open($('docs').value); });
    $('open-path').addEventListener('click', () => { if ($('path').value.trim()) open($('path').value.trim()); });
    $('path').addEventListener('keydown', (e) => { if (e.key === 'Enter') $('open-path').click(); });
    $('upload').addEventListener('change', (e) => { if (e.target.files[0]) upload(e.target.files[0]); e.target.value = ''; });
    $('undo').addEventListener('click', () => run(() => api('POST', '/api/undo', {}).then(apply)));
    $('export').addEventListener('click', exportDoc);
    $('add').addEventListener('mousedown', (e) => e.preventDefault()); // keep the text selection
    $('add').addEventListener('click', addSelection);
    $('merge').addEventListener('click', () => {
      if (checked.length < 2) return;
      const into = checked[0];
      const from = checked.slice(1);
      checked.length = 0;
      run(async () => { for (const f of from) await decide({ action: 'merge', from: f, into }); });
    });
    $('doc').addEventListener('click', (e) => {
      const m = e.target.closest('mark');
      if (m && window.getSelection().isCollapsed) { focus = +m.dataset.i; markFocus(false); }
    });
    $('preview').addEventListener('click', (e) => {
      const m = e.target.closest('mark[data-src]');
      if (m) focusAt(+m.dataset.src);
    });
    document.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', (e) => {
      if (doc && doc.unsaved) { e.preventDefault(); e.returnValue = ''; }
    });
  }

  async function start() {
    await run(async () => {
      const state = await api('GET', '/api/state');
      csrf = state.csrf;
      $('docs').replaceChildren(...state.documents.map((d) => el('option', { value: d.path }, d.name)));
      if (state.doc) render(state.doc, true);
      else renderTerms(state.terms);
      if (!state.doc && state.loading) {
        status('Analysing the first document…');
        setTimeout(start, 700);
        return;
      }
      document.body.dataset.ready = 'true';
    });
  }

  setup();
  start();
})();
