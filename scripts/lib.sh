# Shared by the scripts: install what is missing, find the shared data.
# shellcheck shell=bash

BILLCODE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BILLCODE_SHARED_DATA=${BILLCODE_SHARED_DATA:-$BILLCODE_ROOT/../shared/data}
BILLCODE_BUILD=${BILLCODE_BUILD:-$BILLCODE_ROOT/build}
export BILLCODE_BUILD

# Debian packages to build everything, and to run the browser tests.
build_packages=(cmake make g++ libgtest-dev nlohmann-json3-dev zlib1g-dev emscripten gzip)
browser_packages=(chromium)
# ... and to build the sanitizer suite and the fuzz targets.
fuzz_packages=(clang libclang-rt-14-dev)

# Installs the Debian packages that are not installed yet (nothing when all
# are, so a second run is fast).
ensure_apt_packages() {
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null |
      grep -q "install ok installed" || missing+=("$package")
  done
  command -v node >/dev/null || missing+=(nodejs npm)
  ((${#missing[@]})) || return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Fails with a plain message when node is older than the tests and
# playwright-core need (Debian 12's own nodejs package is 18).
BILLCODE_NODE_MAJOR=20
ensure_node_version() {
  local major
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  if ((major < BILLCODE_NODE_MAJOR)); then
    echo "billcode needs Node $BILLCODE_NODE_MAJOR or later; found $(node --version 2>/dev/null || echo none)." >&2
    echo "Debian 12's nodejs package is Node 18: install Node $BILLCODE_NODE_MAJOR+ (the NodeSource" >&2
    echo "or Debian backports nodejs package, or nvm) and run this script again." >&2
    return 1
  fi
}

# Installs the npm packages of package-lock.json when they are missing or
# older than the lock file.
ensure_npm_packages() {
  local marker="$BILLCODE_ROOT/node_modules/.package-lock.json"
  if [ ! -f "$marker" ] || [ "$BILLCODE_ROOT/package-lock.json" -nt "$marker" ]; then
    echo "Installing npm packages"
    (cd "$BILLCODE_ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
