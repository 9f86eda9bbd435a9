#!/usr/bin/env bash
# Rebuilds veil-core's Russian proper-name lexicon (org/veil/core/ru/names.bin.gz) from the
# OpenCorpora dictionary in the npm package az 0.2.3 (MIT): every inflected form tagged Name, Surn, Patr,
# Geox or Orgn, grouped by lexeme. Needs: npm, node, gzip. Run from the repository root; the result is
# committed, so this is only needed to change it. The build itself never touches the network. Also packs
# the natasha name lists (MIT) from ../shared/data/ru-names (or $RU_NAMES).
set -euo pipefail
version=0.2.3
sha=868de433b36150fa271aa7a93f5a7289bc91372a512a7463d00fa2a4e0d3ffe0
out=veil-core/src/main/resources/org/veil/core/ru/names.bin.gz
names=${RU_NAMES:-../shared/data/ru-names}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "az@$version" >/dev/null)
echo "$sha  $tmp/az-$version.tgz" | sha256sum -c --quiet
tar xzf "$tmp/az-$version.tgz" -C "$tmp"
node tools/build-ru-lexicon.js "$tmp/package/dicts" "$names" "$tmp/names.bin"
gzip -9n -c "$tmp/names.bin" > "$out"
ls -l "$out"

{
  echo "names.bin.gz also holds first.txt, last.txt and middle.txt of the Russian name lists of the natasha"
  echo "project (MIT): lower-case lemmas, marked as listed given name, surname or patronymic."
  echo
  cat "$names/LICENSE"
} > veil-core/src/main/resources/org/veil/core/ru/NATASHA-NAMES-LICENSE.txt
