#!/usr/bin/env bash
# build.sh - set-up, build, and the two jobs the README opens with.
#
#   ./build.sh example   install what is missing, build, run the bundled example
#   ./build.sh test      install what is missing, build, run every test
#                        (a normal build, then an ASan+UBSan build)
#   ./build.sh build     install what is missing and build only
#
# Debian 12; run as root (or with sudo available) on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(build-essential cmake ninja-build pkg-config clang
          libxml2-dev libuchardet-dev libicu-dev libsqlite3-dev libstemmer-dev
          zlib1g-dev libcurl4-openssl-dev libjansson-dev libmicrohttpd-dev
          libxxhash-dev libcmocka-dev iso-codes)
# the browser tests drive Debian's Chromium with playwright-core from npm
TEST_PACKAGES=(chromium)

install_missing() {   # extra packages...
  local missing=()
  for p in "${PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "build.sh: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {   # dir, extra cmake args...
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" -j "$(nproc)"
}

run_example() {
  local px=build/parallax db=build/example.db
  rm -f "$db" "$db-wal" "$db-shm"
  mkdir -p build/example
  "$px" ingest --db "$db" examples/news
  echo
  "$px" stories --db "$db"
  echo
  "$px" story --db "$db" biggest
  "$px" story --db "$db" --format html -o build/example/story.html biggest
  echo
  echo "HTML report: build/example/story.html"
}

run_tests() {
  # -j2: the machine has two cores; the suites are independent
  (cd build && ctest --output-on-failure -j 2)
  configure_and_build build-asan -DPX_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
     ctest --output-on-failure -j 2)
  # every parser's libFuzzer target, briefly, on its corpus (clang only)
  CC=clang configure_and_build build-fuzz -DPX_FUZZ=ON -DPX_FUZZ_SECONDS=20
  (cd build-fuzz && ctest --output-on-failure -j 2)
}

case "${1:-}" in
  example) install_missing; configure_and_build build; run_example ;;
  test)    node_pkgs=()
           command -v node >/dev/null 2>&1 || node_pkgs=(nodejs)
           command -v npm >/dev/null 2>&1 || node_pkgs+=(npm)
           install_missing "${TEST_PACKAGES[@]}" "${node_pkgs[@]}"
           configure_and_build build; run_tests ;;
  build)   install_missing; configure_and_build build ;;
  *) echo "usage: ./build.sh example|test|build" >&2; exit 2 ;;
esac
