#!/usr/bin/env bash
# Keeps the interface's translations: `update` regenerates resources/translations/*.ts from every
# source file (pyside6-lupdate, finished translations kept, vanished messages dropped), `compile`
# turns them into the .qm files the window loads (pyside6-lrelease; the .qm are not committed).
#   scripts/translations.sh update     # after changing user-visible strings; commit the .ts
#   scripts/translations.sh compile    # after a checkout or a translators' merge (setup.sh does it)
# The tools come from the project's virtual environment (.venv), else from PATH; PYSIDE6_BIN names
# another folder holding pyside6-lupdate and pyside6-lrelease.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FOLDER="$ROOT/resources/translations"
LANGUAGES=(en)  # French is the source language: no catalogue of its own

tool() {
  local name="$1"
  if [[ -n "${PYSIDE6_BIN:-}" ]]; then
    echo "$PYSIDE6_BIN/$name"
  elif [[ -x "$ROOT/.venv/bin/$name" ]]; then
    echo "$ROOT/.venv/bin/$name"
  elif command -v "$name" >/dev/null 2>&1; then
    command -v "$name"
  else
    echo "translations: $name not found (run scripts/setup.sh, or set PYSIDE6_BIN)" >&2
    exit 1
  fi
}

update() {
  local lupdate sources=() lang
  lupdate="$(tool pyside6-lupdate)"
  cd "$ROOT"
  mapfile -t sources < <(find src -name '*.py' | LC_ALL=C sort)
  for lang in "${LANGUAGES[@]}"; do
    "$lupdate" "${sources[@]}" -no-obsolete -locations relative \
      -source-language fr_FR -target-language "${lang}_GB" \
      -ts "resources/translations/deliberation_${lang}.ts"
  done
}

compile() {
  local lrelease lang out="${1:-$FOLDER}"
  lrelease="$(tool pyside6-lrelease)"
  mkdir -p "$out"
  for lang in "${LANGUAGES[@]}"; do
    "$lrelease" -silent "$FOLDER/deliberation_${lang}.ts" -qm "$out/deliberation_${lang}.qm"
  done
}

case "${1:-}" in
  update) update ;;
  compile) shift; compile "$@" ;;
  *) echo "usage: $0 update | compile [folder]" >&2; exit 2 ;;
esac
