#!/usr/bin/env bash
# Builds the Debian package with CPack and checks it the way a user would get it:
#   bash tests/package/deb_test.sh SOURCE_DIR [BUILD_DIR]
# With BUILD_DIR, packages that (already built) tree; without, configures and builds a fresh one in a
# temporary folder (Release, prefix /usr, no tests, -j1). The package is written to a temporary folder,
# never into BUILD_DIR's package folder.
#
# Always: checks the control fields and the file list, unpacks the package with dpkg -x into a throwaway
# root and runs the unpacked binary (TALLY_DATA_DIR = the unpacked share/tally) on data/*.txt from a
# folder outside the source tree, renders the unpacked man page, finds it with man -w, sources the
# unpacked bash completion.
# As root with CI=true: also installs it for real with dpkg -i, runs /usr/bin/tally with TALLY_DATA_DIR
# unset, checks man -w tally, then removes it with dpkg -r. An already installed tally is left alone
# (that part is skipped), and a tally this script installed is always removed, even on failure.
set -uo pipefail

root=$(cd "${1:?usage: deb_test.sh SOURCE_DIR [BUILD_DIR]}" && pwd)
build=${2:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/tally-deb.XXXXXX")
installed_by_us=""
pass=0
fail=0
ok() { echo "ok: $1"; pass=$((pass + 1)); }
bad() { echo "FAIL: $1" >&2; fail=$((fail + 1)); }
skip() { echo "skip: $1"; }

# dpkg ARGS...: dpkg, waiting up to 10 minutes for a lock held by another apt/dpkg run
dpkg_waiting() {
  local try out status
  for ((try = 0; try < 120; try++)); do
    out=$(dpkg "$@" 2>&1)
    status=$?
    if ((status != 0)) && [[ $out == *"lock"* ]]; then
      ((try == 0)) && echo "# dpkg is locked by another process; waiting" >&2
      sleep 5
      continue
    fi
    printf '%s\n' "$out"
    return $status
  done
  printf '%s\n' "$out"
  return 1
}

cleanup() {
  if [[ -n $installed_by_us ]]; then
    echo "# removing the tally package this test installed"
    dpkg_waiting -r tally >/dev/null 2>&1 || dpkg_waiting --purge --force-depends tally >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

finish() {
  echo "$pass passed, $fail failed"
  ((fail == 0)) && exit 0 || exit 1
}
die() {
  bad "$1"
  finish
}

for tool in cmake cpack dpkg dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed (apt-get install cmake dpkg-dev)"
done

# ---- the package ----
if [[ -z $build ]]; then
  build=$work/build
  echo "# configuring and building a fresh tree in $build"
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DTALLY_BUILD_TESTS=OFF >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; die "configure"; }
  cmake --build "$build" -j1 >"$work/build.log" 2>&1 || { tail -50 "$work/build.log" >&2; die "build"; }
fi
build=$(cd "$build" && pwd)
[[ -f $build/CPackConfig.cmake ]] || die "$build/CPackConfig.cmake is missing (is cmake/Packaging.cmake included?)"
echo "# cpack from $build"
if cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1; then
  ok "cpack builds a .deb"
else
  cat "$work/cpack.log" >&2
  die "cpack builds a .deb"
fi
debs=("$work"/pkg/tally_*.deb)
[[ ${#debs[@]} == 1 && -f ${debs[0]} ]] || die "one tally_*.deb in $work/pkg (found: $(ls "$work/pkg"))"
deb=${debs[0]}
echo "# $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

# ---- control fields ----
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == tally ]] && ok "Package: tally" || bad "Package is '$(field Package)'"
version=$(sed -n 's/^project(tally VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
[[ -n $version && $(field Version) == "$version"* ]] && ok "Version $(field Version) is the project's $version" \
  || bad "Version is '$(field Version)', project says '$version'"
[[ $(field Section) == utils ]] && ok "Section: utils" || bad "Section is '$(field Section)'"
[[ -n $(field Maintainer) ]] && ok "Maintainer: $(field Maintainer)" || bad "no Maintainer"
[[ $(field Architecture) == "$(dpkg --print-architecture)" ]] && ok "Architecture: $(field Architecture)" \
  || bad "Architecture is '$(field Architecture)'"
depends=$(field Depends)
[[ $depends == *libc6* && $depends == *libstdc++6* ]] && ok "Depends computed by dpkg-shlibdeps: $depends" \
  || bad "Depends lacks libc6/libstdc++6: '$depends'"
[[ -n $(field Description) ]] && ok "has a Description" || bad "no Description"

# ---- file list ----
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/files"
for f in /usr/bin/tally /usr/share/tally/parties.tsv /usr/share/tally/sources.tsv /usr/share/tally/chambers.tsv \
  /usr/share/bash-completion/completions/tally /usr/share/zsh/vendor-completions/_tally \
  /usr/share/doc/tally/schema/report.schema.json /usr/share/doc/tally/schema/extract.schema.json \
  /usr/share/doc/tally/schema/summary-line.schema.json; do
  grep -qx "$f" "$work/files" && ok "ships $f" || bad "does not ship $f"
done
grep -qE '^/usr/share/man/man1/tally\.1(\.gz)?$' "$work/files" && ok "ships the man page" || bad "no man page"
if [[ -f $root/README.md ]]; then
  grep -qx /usr/share/doc/tally/README.md "$work/files" && ok "ships the README" || bad "does not ship the README"
fi
stray=$(grep -vE '^/usr(/|$)' "$work/files" || true)
[[ -z $stray ]] && ok "everything is under /usr" || bad "files outside /usr: $stray"

# ---- unpacked with dpkg -x ----
xroot=$work/root
elsewhere=$work/elsewhere  # outside the source tree, so no relative path can find data/tables
mkdir -p "$xroot" "$elsewhere"
dpkg -x "$deb" "$xroot" && ok "dpkg -x unpacks it" || die "dpkg -x"
data=("$root"/data/*.txt)
(cd "$elsewhere" && TALLY_DATA_DIR=$xroot/usr/share/tally NO_COLOR=1 "$xroot/usr/bin/tally" "${data[@]}") \
  >"$work/x.out" 2>"$work/x.err"
status=$?
[[ $status == 0 ]] && ok "unpacked binary exits 0 on data/*.txt" || bad "unpacked binary exits $status: $(head -c 400 "$work/x.err")"
grep -q Independents "$work/x.out" && ok "unpacked binary lists Independents" || bad "no Independents in: $(head -c 400 "$work/x.out")"
version_out=$("$xroot/usr/bin/tally" --version 2>&1)
[[ $version_out == "tally $version" ]] && ok "--version says tally $version" || bad "--version says '$version_out'"
if command -v file >/dev/null 2>&1; then
  file -L "$xroot/usr/bin/tally" | grep -q 'not stripped' && bad "the binary is not stripped" || ok "the binary is stripped"
fi
man_page=""
for f in "$xroot"/usr/share/man/man1/tally.1*; do [[ -f $f ]] && man_page=$f; done
if [[ -n $man_page ]] && command -v groff >/dev/null 2>&1; then
  warnings=$( { [[ $man_page == *.gz ]] && gzip -dc "$man_page" || cat "$man_page"; } | groff -ww -man -z 2>&1)
  [[ -z $warnings ]] && ok "the man page formats without warnings" || bad "groff warnings: $warnings"
  { [[ $man_page == *.gz ]] && gzip -dc "$man_page" || cat "$man_page"; } | grep -q "^\.TH TALLY 1 .*\"tally $version\"" \
    && ok "the man page's title carries version $version" || bad "the man page's .TH does not say tally $version"
fi
if command -v man >/dev/null 2>&1; then
  found=$(MANPATH=$xroot/usr/share/man man -w tally 2>/dev/null)
  [[ $found == "$xroot"/usr/share/man/man1/tally.1* ]] && ok "man -w finds the unpacked page" || bad "man -w found '$found'"
fi
bash -c 'source "$1" && complete -p tally' _ "$xroot/usr/share/bash-completion/completions/tally" >/dev/null 2>&1 \
  && ok "the unpacked bash completion registers tally" || bad "the unpacked bash completion"

# ---- installed with dpkg -i (root on CI only) ----
if [[ $(id -u) != 0 || ${CI:-} != true ]]; then
  skip "dpkg -i: only as root with CI=true (uid $(id -u), CI=${CI:-unset})"
  finish
fi
if dpkg-query -W -f='${Status}' tally 2>/dev/null | grep -q 'install ok'; then
  skip "dpkg -i: a tally package is already installed; leaving it alone"
  finish
fi
if [[ -e /usr/bin/tally ]]; then
  skip "dpkg -i: /usr/bin/tally exists and belongs to no package; leaving it alone"
  finish
fi
installed_by_us=1
if dpkg_waiting -i "$deb" >"$work/dpkg-i.log" 2>&1; then
  ok "dpkg -i installs it"
else
  cat "$work/dpkg-i.log" >&2
  die "dpkg -i installs it"
fi
(cd "$elsewhere" && env -u TALLY_DATA_DIR NO_COLOR=1 /usr/bin/tally "${data[@]}") >"$work/i.out" 2>"$work/i.err"
status=$?
[[ $status == 0 ]] && ok "/usr/bin/tally exits 0 on data/*.txt" || bad "/usr/bin/tally exits $status: $(head -c 400 "$work/i.err")"
grep -q Independents "$work/i.out" && ok "/usr/bin/tally lists Independents" || bad "no Independents in: $(head -c 400 "$work/i.out")"
dpkg -L tally | grep -qx /usr/share/tally/parties.tsv && ok "dpkg -L lists /usr/share/tally/parties.tsv" \
  || bad "the installed package has no /usr/share/tally/parties.tsv"
if command -v man >/dev/null 2>&1; then
  found=$(env -u MANPATH man -w tally 2>&1)
  [[ $found == /usr/share/man/man1/tally.1* ]] && ok "man -w tally finds $found" || bad "man -w tally: $found"
else
  skip "man -w tally: man-db is not installed"
fi
if dpkg_waiting -r tally >"$work/dpkg-r.log" 2>&1; then
  installed_by_us=""
  ok "dpkg -r removes it"
else
  cat "$work/dpkg-r.log" >&2
  bad "dpkg -r removes it"
fi
[[ ! -e /usr/bin/tally && ! -e /usr/share/tally/parties.tsv ]] && ok "nothing left in /usr after dpkg -r" \
  || bad "files left after dpkg -r"
finish
