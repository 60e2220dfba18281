#!/usr/bin/env bash
# Shared by scripts/start and scripts/test: installs what is missing (and only that), so
# both are idempotent and quick on a machine that already has everything.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export ROOT
# One cargo target folder outside the clone, shared by every clone on this machine, so
# a fresh clone (as in CI) builds only the shell crate, not the whole dependency tree.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/mobilise/target}"
export TAURI_FRONTEND_PATH="$ROOT/ui"
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n\033[1;34m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Debian packages the build, the app and the tests need.
APT_PACKAGES=(build-essential pkg-config curl file libwebkit2gtk-4.1-dev libssl-dev
  xvfb xauth webkit2gtk-driver)

ensure_apt() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    step "Installing system packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# The E2E run reads dates as an NHS laptop shows them: the webview takes the date and time
# format of its inputs from the system locale, so en_GB must exist.
ensure_gb_locale() {
  if ! locale -a 2>/dev/null | grep -qi '^en_GB.utf8$'; then
    step "Generating the en_GB.UTF-8 locale"
    ensure_apt locales
    as_root sed -i 's/^# *en_GB.UTF-8 UTF-8/en_GB.UTF-8 UTF-8/' /etc/locale.gen
    as_root locale-gen >/dev/null
  fi
}

# The export tests open the produced files with independent readers: python-docx for
# Word, poppler (pdftotext, pdftoppm) and qpdf for PDF, and LibreOffice to render the
# Word file to pictures for the eye (tests/e2e/artifacts/export/).
EXPORT_TEST_PACKAGES=(poppler-utils qpdf libreoffice-writer-nogui)

ensure_python_docx() {
  python3 -c 'import docx' 2>/dev/null && return 0
  step "Installing python-docx (the export tests' Word reader)"
  python3 -m pip install --quiet --disable-pip-version-check python-docx 2>/dev/null ||
    python3 -m pip install --quiet --disable-pip-version-check --break-system-packages python-docx 2>/dev/null ||
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-docx
  python3 -c 'import docx'
}

ensure_rust() {
  if ! command -v cargo >/dev/null 2>&1; then
    step "Installing the Rust toolchain (rustup)"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c clippy,rustfmt
  fi
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt >/dev/null 2>&1 || true
}

ensure_node() {
  if ! command -v npm >/dev/null 2>&1; then
    step "Installing Node.js and npm"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$major" -lt 20 ]; then
    echo "Node.js $major is too old for the UI build (Vite needs 20.19 or newer)." >&2
    exit 1
  fi
}

# npm ci only when the lock file changed since the last install of that folder.
ensure_npm() {
  local dir="$1"
  local stamp="$dir/node_modules/.mobilise-lock-stamp"
  if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
    step "Installing npm packages in ${dir#"$ROOT"/}"
    (cd "$dir" && npm ci --no-fund --no-audit --loglevel=error)
    cp "$dir/package-lock.json" "$stamp"
  fi
}

ensure_tauri_driver() {
  if ! command -v tauri-driver >/dev/null 2>&1; then
    step "Installing tauri-driver"
    cargo install tauri-driver --locked --quiet
  fi
}

# The shell's build script records absolute paths: when the shared target folder was last
# used by a clone at another path, rebuild only the shell crate.
forget_other_clone() {
  local marker="$CARGO_TARGET_DIR/.mobilise-source"
  mkdir -p "$CARGO_TARGET_DIR"
  if [ -f "$marker" ] && [ "$(cat "$marker")" != "$ROOT" ]; then
    step "Target folder last built another clone; cleaning the shell crate only"
    (cd "$ROOT" && cargo clean -p mobilise --quiet) || true
  fi
  printf '%s' "$ROOT" >"$marker"
}

build_ui() {
  step "Building the UI"
  (cd "$ROOT/ui" && npm run --silent build -- --logLevel warn)
}
