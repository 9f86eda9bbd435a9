// Builds veil-core's Russian proper-name lexicon from the OpenCorpora dictionary shipped in the npm package
// `az` (MIT). Run through tools/build-ru-lexicon.sh, which fetches the package with `npm pack`.
//
// words.dawg is pymorphy2's record DAWG (dawgdic units + guide, keys in CP1251): each key is a word form,
// byte 0x01, then two 14-bit numbers (paradigm, form index) packed into four bytes. paradigms.array holds per
// paradigm the suffix, tag and prefix ids of every form; the tag names the grammemes, among them Name, Surn,
// Patr, Geox and Orgn. Output, one line per lexeme and marks: "MARKS<TAB>lemma<TAB>form form ...", MARKS among N S P G O
// (forms carry them: a given name's paradigm holds its patronymics too); the lemma names the entity.
'use strict';
const fs = require('fs');
const path = require('path');

const dicts = process.argv[2];
const out = process.argv[3];
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

const lines = [];
for (const lx of lexemes.values()) {
  lx.forms.delete(lx.lemma);
  lines.push(lx.marks + '\t' + lx.lemma + '\t' + [...lx.forms].join(' '));
}
lines.sort();
fs.writeFileSync(out, lines.join('\n') + '\n');
console.error(lexemes.size + ' lexemes written to ' + out);
