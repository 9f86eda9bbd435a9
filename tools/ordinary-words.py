#!/usr/bin/env python3
"""One-time derivation of Veil's ordinary-word lists (veil-core resources org/veil/core/verify/).

Inputs, unpacked with `npm pack NAME` + tar (build-time only, nothing is fetched at run time):
  popular-english-words 1.0.2 (ISC)    words.js: English words ordered by frequency in Wikipedia
  word-list 4.1.0 (MIT)                words.txt: English dictionary words, no proper nouns such as london
  dictionary-ru 3.0.0 (BSD-3-Clause)   index.dic: Russian Hunspell dictionary by Alexander I. Lebedev
English: the 40,000 most frequent words that are also dictionary words (so "london" is out).
Russian: every lower-case headword of 2-15 letters, affix flags dropped, ё written е (a modified extract).
Usage: ordinary-words.py POPULAR_WORDS_JS WORD_LIST_TXT RU_INDEX_DIC OUT_DIR
"""
import gzip, re, sys

popular_js, word_list, ru_dic, out = sys.argv[1:5]
popular = re.findall(r"'([^']*)'", open(popular_js, encoding="utf-8").read())
dictionary = set(w.strip() for w in open(word_list, encoding="utf-8"))
english, seen = [], set()
for w in popular:
    if w in dictionary and w not in seen and re.fullmatch(r"[a-z]{2,}", w):
        english.append(w)
        seen.add(w)
with open(out + "/en-words.txt", "w", encoding="utf-8") as f:
    f.write("".join(w + "\n" for w in english[:40000]))
russian = set()
for line in open(ru_dic, encoding="utf-8").read().split("\n")[1:]:
    w = line.split("/")[0].strip()
    if re.fullmatch(r"[а-яё]{2,15}", w):
        russian.add(w.replace("ё", "е"))
with gzip.open(out + "/ru-words.txt.gz", "wt", encoding="utf-8") as f:
    f.write("".join(w + "\n" for w in sorted(russian)))
