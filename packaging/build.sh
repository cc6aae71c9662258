#!/usr/bin/env bash
# Builds Délibération for Linux users: the one-folder bundle dist/deliberation/ (PyInstaller,
# packaging/deliberation.spec) and a Debian package dist/deliberation_<version>_<arch>.deb that
# installs it in /opt/deliberation with /usr/bin/deliberation, the desktop entry, the icons and
# the AppStream metadata. Nothing is installed into the application's .venv: PyInstaller and the
# run-time dependencies go into a build environment of their own (packaging/.build-venv, kept
# between builds and refreshed when pyproject.toml or the PyInstaller pin changes).
#
# No AppImage: appimagetool is only distributed from GitHub releases, which the build machines
# cannot reach; the issue accepts a .deb instead.
#
# Environment: DIST_DIR (default dist/), WORK_DIR (default build/pyinstaller),
# BUILD_VENV (default packaging/.build-venv), PYTHON (the interpreter that creates the build
# environment, Python 3.11 or newer; default python3).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# PyInstaller: the maintained freezer that handles PySide6 (its hooks collect the Qt libraries
# and plugins of the modules actually imported) and builds one-folder bundles on Linux, Windows
# and macOS from one spec. Pinned so that a bundle is rebuilt from the same tool.
PYINSTALLER_VERSION="6.22.3"
DIST_DIR="${DIST_DIR:-$ROOT/dist}"
WORK_DIR="${WORK_DIR:-$ROOT/build/pyinstaller}"
BUILD_VENV="${BUILD_VENV:-$ROOT/packaging/.build-venv}"
PYTHON="${PYTHON:-python3}"

say() { echo "build: $*" >&2; }

# -- the build environment: PyInstaller and the dependencies the application imports ------------
build_environment() {
  local digest stamp="$BUILD_VENV/.stamp"
  digest="$( (cat "$ROOT/pyproject.toml"; echo "$PYINSTALLER_VERSION system-libpq") \
    | sha256sum | cut -c1-16)"
  if [[ -x "$BUILD_VENV/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$digest" ]]; then
    return
  fi
  say "preparing the build environment in $BUILD_VENV"
  [[ -x "$BUILD_VENV/bin/python" ]] || "$PYTHON" -m venv "$BUILD_VENV"
  # The run-time dependencies as pyproject.toml declares them (with the PostgreSQL driver, for
  # shared stores), not the project itself: the spec reads the sources from src/. The driver
  # without its binary package: on Linux psycopg loads the system's libpq (the .deb depends on
  # libpq5) instead of bundling its own with OpenSSL and Kerberos (10 MB).
  local requirements="$BUILD_VENV/requirements.txt"
  "$BUILD_VENV/bin/python" - "$ROOT/pyproject.toml" >"$requirements" <<'EOF'
import sys
import tomllib

with open(sys.argv[1], "rb") as handle:
    project = tomllib.load(handle)["project"]
for requirement in project["dependencies"] + project["optional-dependencies"]["postgres"]:
    print(requirement.replace("psycopg[binary]", "psycopg"))
EOF
  "$BUILD_VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
    "pyinstaller==$PYINSTALLER_VERSION" -r "$requirements"
  "$BUILD_VENV/bin/python" -m pip uninstall --quiet --yes psycopg-binary 2>/dev/null || true
  echo "$digest" >"$stamp"
}

# -- the application's compiled translations (another script owns them) --------------------------
compile_translations() {
  if [[ -f "$ROOT/scripts/translations.sh" ]]; then
    say "compiling the translations"
    # Without the project's .venv (a fresh checkout, a worktree), the build environment's PySide6
    # provides lrelease; its pip install has no pyside6-lrelease script, so one is linked to it.
    if [[ -z "${PYSIDE6_BIN:-}" && ! -x "$ROOT/.venv/bin/pyside6-lrelease" ]] \
      && ! command -v pyside6-lrelease >/dev/null 2>&1; then
      local tools="$BUILD_VENV/pyside6-tools" lrelease
      lrelease="$("$BUILD_VENV/bin/python" -c \
        'import pathlib, PySide6; print(pathlib.Path(PySide6.__file__).parent / "lrelease")')"
      mkdir -p "$tools"
      ln -sf "$lrelease" "$tools/pyside6-lrelease"
      export PYSIDE6_BIN="$tools"
    fi
    bash "$ROOT/scripts/translations.sh" compile
  else
    say "scripts/translations.sh not found: the bundle carries no compiled translation of its own"
  fi
}

# -- the one-folder bundle ------------------------------------------------------------------------
build_bundle() {
  say "freezing the application into $DIST_DIR/deliberation"
  (cd "$ROOT" && "$BUILD_VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST_DIR" --workpath "$WORK_DIR" packaging/deliberation.spec)
}

# -- the Debian package ---------------------------------------------------------------------------
version() {
  sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/src/deliberation/__init__.py"
}

png_size() {  # "WIDTHxHEIGHT" read from a PNG file's header
  python3 - "$1" <<'EOF'
import struct
import sys

with open(sys.argv[1], "rb") as handle:
    header = handle.read(24)
width, height = struct.unpack(">II", header[16:24])
print(f"{width}x{height}")
EOF
}

system_depends() {  # the Debian packages of the system libraries the bundle loads, comma-separated
  python3 - "$1" <<'EOF'
import re
import subprocess
import sys
from pathlib import Path

bundle = Path(sys.argv[1]).resolve()
# Loaded by name, not linked: psycopg's libpq (ctypes). The optional plugins' libraries are not
# required (the plugins are skipped without them).
packages = {"libc6", "libpq5"}
optional = re.compile(r"/(libqgtk3|libcupsprintersupport)\.so$")
outside = set()
for path in bundle.rglob("*"):
    if path.is_symlink() or not path.is_file() or optional.search(str(path)):
        continue
    with path.open("rb") as handle:
        if handle.read(4) != b"\x7fELF":
            continue
    lines = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
    for match in re.finditer(r"=> (/\S+)", lines):
        library = Path(match.group(1))
        if not library.resolve().is_relative_to(bundle):
            outside.add(str(library))


def owner(path: str) -> str | None:
    """The package holding `path` (dpkg knows /lib and /usr/lib apart on merged-/usr systems)."""
    candidates = [path, str(Path(path).resolve())]
    candidates += [c[4:] if c.startswith("/usr/") else "/usr" + c for c in list(candidates)]
    for candidate in candidates:
        found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if found.returncode == 0:
            return found.stdout.split(":")[0].split(",")[0].strip()
    return None


missing = []
for library in sorted(outside):
    package = owner(library)
    if package is None:
        missing.append(library)
    else:
        packages.add(package)
if missing:
    sys.exit(f"build: no Debian package holds {', '.join(missing)}")
print(", ".join(sorted(packages)))
EOF
}

build_deb() {
  command -v dpkg-deb >/dev/null 2>&1 || { say "dpkg-deb not found: no .deb built"; return; }
  local version arch staging deb desktop icon_name file depends
  version="$(version)"
  depends="$(system_depends "$DIST_DIR/deliberation")"
  arch="$(dpkg --print-architecture)"
  staging="$WORK_DIR/deb"
  deb="$DIST_DIR/deliberation_${version}_${arch}.deb"
  rm -rf "$staging"
  mkdir -p "$staging/DEBIAN" "$staging/opt" "$staging/usr/bin"
  cp -a "$DIST_DIR/deliberation" "$staging/opt/deliberation"
  ln -s /opt/deliberation/deliberation "$staging/usr/bin/deliberation"
  # Whatever packaging/ holds of the desktop files: the entry, the metadata, the icons (named
  # as the entry's Icon= key says, at the size each PNG has).
  icon_name=deliberation
  for desktop in "$ROOT"/packaging/*.desktop; do
    [[ -f "$desktop" ]] || continue
    install -D -m 644 "$desktop" "$staging/usr/share/applications/$(basename "$desktop")"
    icon_name="$(sed -n 's/^Icon=//p' "$desktop" | head -n 1)"
  done
  for file in "$ROOT"/packaging/*.metainfo.xml; do
    [[ -f "$file" ]] || continue
    install -D -m 644 "$file" "$staging/usr/share/metainfo/$(basename "$file")"
  done
  if [[ -d "$ROOT/packaging/icons" ]]; then
    while IFS= read -r -d '' file; do
      case "$file" in
        *.svg) install -D -m 644 "$file" \
                 "$staging/usr/share/icons/hicolor/scalable/apps/$icon_name.svg" ;;
        *.png) install -D -m 644 "$file" \
                 "$staging/usr/share/icons/hicolor/$(png_size "$file")/apps/$icon_name.png" ;;
      esac
    done < <(find "$ROOT/packaging/icons" -type f \( -name '*.svg' -o -name '*.png' \) -print0 | sort -z)
  fi
  cat >"$staging/DEBIAN/control" <<EOF
Package: deliberation
Version: $version
Architecture: $arch
Maintainer: Délibération <deliberation@education.gouv.fr>
Installed-Size: $(du -sk "$staging" | cut -f1)
Depends: $depends
Section: office
Priority: optional
Description: groupes de travail, séances, positions et avis d'un comité
 Délibération tient le référentiel des organisations membres du comité des
 partenaires du numérique pour l'éducation, ses groupes de travail, ses
 séances, les positions de chaque membre et les projets d'avis.
EOF
  mkdir -p "$DIST_DIR"
  dpkg-deb --root-owner-group -Zgzip -z6 --build "$staging" "$deb" >/dev/null
  say "built $deb"
}

build_environment
compile_translations
build_bundle
build_deb
say "bundle: $DIST_DIR/deliberation ($(du -sh "$DIST_DIR/deliberation" | cut -f1))"
