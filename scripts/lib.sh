# Shared by the scripts: install what is missing, find the shared data.
# shellcheck shell=bash

BILLCODE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BILLCODE_SHARED_DATA=${BILLCODE_SHARED_DATA:-$BILLCODE_ROOT/../shared/data}
BILLCODE_BUILD=${BILLCODE_BUILD:-$BILLCODE_ROOT/build}

# Installs the Debian packages that are not installed yet (and nothing when
# all are), so that a second run is fast.
ensure_apt_packages() {
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null |
      grep -q "install ok installed" || missing+=("$package")
  done
  ((${#missing[@]})) || return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

native_packages=(cmake make g++ libgtest-dev nlohmann-json3-dev gzip)
