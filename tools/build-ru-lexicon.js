// Builds veil-core's Russian proper-name lexicon from the OpenCorpora dictionary shipped in the npm package
// `az` (MIT) and the natasha name lists. Run through tools/build-ru-lexicon.sh, which fetches the package
// with `npm pack`. Usage: node build-ru-lexicon.js AZ_DICTS_DIR RU_NAMES_DIR OUT.bin
//
// words.dawg is pymorphy2's record DAWG (dawgdic units + guide, keys in CP1251): each key is a word form,
// byte 0x01, then two 14-bit numbers (paradigm, form index) packed into four bytes. paradigms.array holds per
// paradigm the suffix, tag and prefix ids of every form; the tag names the grammemes, among them Name, Surn,
// Patr, Geox and Orgn. Forms carry the marks (a given name's paradigm holds its patronymics too); each form
// also gets the id of its lemma, so that every case form of one name shares it.
'use strict';
const fs = require('fs');
const path = require('path');

const dicts = process.argv[2];
const names = process.argv[3];
const out = process.argv[4];
const read = (f) => fs.readFileSync(path.join(dicts, f));

// CP1251 byte -> character, as Az.DAWG maps it.
const decoder = new TextDecoder('windows-1251');
const cp1251 = [];
for (let b = 0; b < 256; b++) {
  cp1251.push(decoder.decode(Uint8Array.of(b)));
}

const raw = read('words.dawg');
const unitsLength = raw.readUInt32LE(0);
const units = new Uint32Array(unitsLength);
for (let i = 0; i < unitsLength; i++) {
  units[i] = raw.readUInt32LE(4 + i * 4);
}
const guideLength = raw.readUInt32LE(4 + unitsLength * 4);
const guide = raw.subarray(8 + unitsLength * 4, 8 + unitsLength * 4 + guideLength * 2);

const offset = (base) => ((base >>> 10) << ((base & (1 << 9)) >>> 6)) >>> 0;
const label = (base) => (base & ((1 << 31) | 0xff)) >>> 0;
const hasLeaf = (base) => (base & (1 << 8)) !== 0;
function follow(c, index) {
  const next = (index ^ offset(units[index]) ^ c) >>> 0;
  return label(units[next]) === c ? next : -1;
}

const grammar = JSON.parse(read('gramtab-opencorpora-int.json'));
const suffixes = JSON.parse(read('suffixes.json'));
const prefixes = ['', 'по', 'наи'];
const list = new Uint16Array(read('paradigms.array').buffer.slice(0));
const paradigms = [];
for (let i = 0, pos = 1; i < list[0]; i++) {
  const size = list[pos++];
  paradigms.push(list.subarray(pos, pos + size));
  pos += size;
}
const MARKS = [['Name', 'N'], ['Surn', 'S'], ['Patr', 'P'], ['Geox', 'G'], ['Orgn', 'O']];
function marks(tag) {
  const g = new Set(tag.split(/[ ,]/));
  return MARKS.filter(([m]) => g.has(m)).map(([, c]) => c).join('');
}

// Depth-first walk of every key with the completion guide (child label, sibling label per unit).
const lexemes = new Map();
const key = [];
function visit(index) {
  if (hasLeaf(units[index])) {
    emit(key);
  }
  let c = guide[index * 2];
  while (c) {
    const next = follow(c, index);
    if (next < 0) {
      break;
    }
    key.push(c);
    visit(next);
    key.pop();
    c = guide[next * 2 + 1];
  }
}
function emit(bytes) {
  const sep = bytes.indexOf(1);
  if (sep < 0 || bytes.length < sep + 5) {
    return;
  }
  const v = bytes.slice(sep + 1);
  const para = ((v[0] ^ 1) << 6) + (v[1] >> 1);
  const form = ((v[2] ^ 1) << 6) + (v[3] >> 1);
  const p = paradigms[para];
  const n = p.length / 3;
  const m = marks(grammar[p[n + form]]);
  if (!m) {
    return;
  }
  const word = bytes.slice(0, sep).map((b) => cp1251[b]).join('');
  const stem = word.substring(prefixes[p[2 * n + form]].length, word.length - suffixes[p[form]].length);
  const lemma = prefixes[p[2 * n]] + stem + suffixes[p[0]];
  // Marks belong to forms: a given name's paradigm also holds its patronymics (иван, иванович).
  const id = para + ':' + lemma + ':' + m;
  let lx = lexemes.get(id);
  if (!lx) {
    lx = {marks: m, lemma: lemma, forms: new Set()};
    lexemes.set(id, lx);
  }
  lx.forms.add(word);
}
// Recursion depth is bounded by the longest key (a few dozen bytes).
visit(0);

// The natasha lists (MIT): lemmas only, marked as listed surname, given name, patronymic.
const LISTED = {'last.txt': 32, 'first.txt': 64, 'middle.txt': 128};
const forms = new Map(); // form -> [marks, lemma id]
const lemmaIds = new Map();
const normal = (w) => w.toLowerCase().replace(/ё/g, 'е');
function add(form, marks, lemma) {
  if (!lemmaIds.has(lemma)) {
    lemmaIds.set(lemma, lemmaIds.size + 1);
  }
  const f = forms.get(form);
  if (f) {
    f[0] |= marks; // a form of several lemmas keeps the first lemma and every mark
  } else {
    forms.set(form, [marks, lemmaIds.get(lemma)]);
  }
}
const BITS = {N: 1, S: 2, P: 4, G: 8, O: 16};
const ordered = [...lexemes.values()].sort((a, b) => (a.lemma + a.marks < b.lemma + b.marks ? -1 : 1));
for (const lx of ordered) {
  const marks = [...lx.marks].reduce((m, c) => m | BITS[c], 0);
  const lemma = normal(lx.lemma);
  add(lemma, marks, lemma);
  for (const f of lx.forms) {
    add(normal(f), marks, lemma);
  }
}
for (const [file, marks] of Object.entries(LISTED)) {
  for (const line of fs.readFileSync(path.join(names, file), 'utf8').split('\n')) {
    const w = normal(line.trim());
    if (w) {
      add(w, marks, w);
    }
  }
}

// Binary, sorted by UTF-16 code units as Java's String.compareTo: "VRUL1", count, then per form the length
// shared with the previous form (byte), the rest (byte length, UTF-16BE chars), marks (byte), lemma id (3
// bytes). Loading is one linear pass, no parsing and no sorting.
const keys = [...forms.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const chunks = [Buffer.from('VRUL1', 'latin1')];
const head = Buffer.alloc(4);
head.writeUInt32BE(keys.length);
chunks.push(head);
let prev = '';
for (const k of keys) {
  let p = 0;
  while (p < prev.length && p < k.length && p < 255 && prev.charCodeAt(p) === k.charCodeAt(p)) {
    p++;
  }
  const rest = k.substring(p);
  if (rest.length > 255) {
    throw new Error('form too long: ' + k);
  }
  const b = Buffer.alloc(2 + rest.length * 2 + 4);
  b[0] = p;
  b[1] = rest.length;
  for (let i = 0; i < rest.length; i++) {
    b.writeUInt16BE(rest.charCodeAt(i), 2 + i * 2);
  }
  const [marks, id] = forms.get(k);
  b[2 + rest.length * 2] = marks;
  b.writeUIntBE(id, 3 + rest.length * 2, 3);
  chunks.push(b);
  prev = k;
}
fs.writeFileSync(out, Buffer.concat(chunks));
console.error(keys.length + ' forms of ' + lemmaIds.size + ' lemmas written to ' + out);
