#!/usr/bin/env bash
# Sets up everything Délibération needs on a Debian machine: system libraries for Qt (and, with
# --tests, the tools the test suite uses), then a virtual environment in .venv with the project
# installed. Safe to run again: it only installs what is missing. Sourced by run.sh and test.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# Libraries the PySide6 wheels load at run time (xcb platform plugin, OpenGL, fonts, D-Bus).
APP_PACKAGES=(
  python3 python3-venv python3-pip
  libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  fonts-dejavu-core
)
# What the tests use besides: a PostgreSQL server for the shared-store tests, LibreOffice (Writer
# and Calc) and poppler to convert exported documents and workbooks to PDF and check their pages;
# binutils (objdump) for PyInstaller, which tests/packaging builds the bundle with; and the
# validators of the desktop entry and the AppStream metainfo (desktop-file-validate,
# appstreamcli validate and compose: tests/packaging/test_desktop_files.py).
TEST_PACKAGES=(
  postgresql binutils
  libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils
  fonts-crosextra-carlito fonts-crosextra-caladea
  desktop-file-utils appstream appstream-compose
)

want_tests=0
[[ "${1:-}" == "--tests" ]] && want_tests=1

missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || echo "$pkg"
  done
}

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { echo "setup: not a Debian system, skipping system packages" >&2; return; }
  local wanted=("${APP_PACKAGES[@]}")
  (( want_tests )) && wanted+=("${TEST_PACKAGES[@]}")
  local missing
  missing=$(missing_packages "${wanted[@]}")
  [[ -z "$missing" ]] && return
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { echo "setup: please install as root: $missing" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "setup: installing system packages: $(echo $missing | tr '\n' ' ')" >&2
  "${sudo[@]}" apt-get update -qq
  # shellcheck disable=SC2086
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

pick_python() {
  # Debian's python3 (3.11 on Debian 12), for which python3-venv is installed above.
  if python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo python3
    return
  fi
  echo "setup: Python 3.11 or newer is required (python3 is $(python3 --version 2>&1))" >&2
  exit 1
}

install_python_env() {
  local extras="postgres"
  (( want_tests )) && extras="dev,postgres"
  local stamp="$VENV/.installed-$extras"
  local digest
  digest=$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)
  if [[ -x "$VENV/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$digest" ]]; then
    return
  fi
  if [[ ! -x "$VENV/bin/python" ]]; then
    "$(pick_python)" -m venv "$VENV"
  fi
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT[$extras]"
  echo "$digest" > "$stamp"
}

install_system_packages
install_python_env
# The window's English catalogue (.qm), compiled from the committed .ts (not committed itself).
PYSIDE6_BIN="$VENV/bin" "$ROOT/scripts/translations.sh" compile
