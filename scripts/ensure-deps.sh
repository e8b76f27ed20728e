#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian 12 packages subvention needs to build and test, or, when that is not
# possible (not root, no password-less sudo), stops and names them.
# Usage: scripts/ensure-deps.sh [--tests] [extra-package…]
#   --tests: also what the test suite runs besides the build (scripts/test): PHP, Python and
#   Ruby calling the C interface, Chromium for the page of `subvention serve`, a JSON Schema
#   validator for its OpenAPI document. The build and the demo need none of them.
set -euo pipefail

packages=(cmake ninja-build g++ clang libclang-rt-14-dev
          libboost-dev nlohmann-json3-dev libcli11-dev libyaml-cpp-dev
          libzip-dev libpugixml-dev pkgconf poppler-utils libcpp-httplib-dev
          libgtest-dev libgmock-dev libbenchmark-dev libvalijson-dev)
if [[ ${1:-} == --tests ]]; then
    shift
    packages+=(python3 php8.2-cli ruby-ffi chromium chromium-driver python3-selenium
               python3-jsonschema)
fi
packages+=("$@")

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
else
    echo "subvention: missing Debian packages: ${missing[*]}" >&2
    echo "  install them with:  sudo apt-get install ${missing[*]}" >&2
    exit 1
fi

echo "subvention: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
