#!/usr/bin/env bash
# Tests contrib/ci/: the GitHub Actions workflow and the GitLab CI job for a repository of sample articles.
#
#   tests/ci/contrib_ci_test.sh SOURCE_DIR BUILD_DIR
#
# 1. Both YAML files parse (python3-yaml) and hold what the README promises: a debian:12 container, the
#    eval command with --min-f1 and --junit report.xml, and a report published also when the job fails
#    (GitHub: upload-artifact and a test-report step with `if: always()`; GitLab: artifacts:reports:junit
#    with `when: always`).
# 2. Their shell commands run as written, in a temporary repository of sample articles (data/*.txt and
#    their gold), with a .deb made by cpack from BUILD_DIR in ci/: apt-get is a stand-in that checks the
#    package (dpkg-deb), that its dependencies are installed here, and unpacks it into a throwaway root whose
#    usr/bin is on PATH. The eval step passes at the workflow's thresholds, fails with status 4 above what
#    the articles reach, and leaves a report.xml that validates against tests/schema/junit.xsd either way.
set -uo pipefail
root=$(cd "${1:?usage: contrib_ci_test.sh SOURCE_DIR BUILD_DIR}" && pwd)
build=$(cd "${2:?usage: contrib_ci_test.sh SOURCE_DIR BUILD_DIR}" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/tally-ci.XXXXXX")
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
ok() { echo "ok: $1"; pass=$((pass + 1)); }
bad() { echo "FAIL: $1" >&2; fail=$((fail + 1)); }
finish() { echo "contrib_ci: $pass passed, $fail failed"; ((fail == 0)); exit $?; }
for tool in cpack dpkg-deb dpkg-shlibdeps xmllint python3; do
  command -v "$tool" >/dev/null 2>&1 || { bad "$tool not found (scripts/setup.sh --full installs what is needed)"; finish; }
done
python3 -c 'import yaml' 2>/dev/null || { bad "python3 cannot import yaml: install the Debian package python3-yaml"; finish; }

github=$root/contrib/ci/github/tally-eval.yml
gitlab=$root/contrib/ci/gitlab/tally-eval.gitlab-ci.yml

# ---- 1. structure ----
if msg=$(python3 - "$github" "$gitlab" 2>&1 <<'PY'
import sys, yaml
gh = yaml.safe_load(open(sys.argv[1]))
gl = yaml.safe_load(open(sys.argv[2]))
on = gh.get('on', gh.get(True))  # YAML 1.1 reads the key `on` as true
assert on and 'push' in on and 'pull_request' in on, f'triggers: {on}'
job = gh['jobs']['eval']
assert job['container'] == 'debian:12', job['container']
assert gh['permissions'].get('checks') == 'write'
steps = {s.get('name', s.get('uses')): s for s in job['steps']}
evaluate = steps['Evaluate the sample articles']['run']
for part in ('tally eval', '--min-f1 "$MIN_F1"', '--min-source "$MIN_SOURCE"', '--junit report.xml', '--gold "$GOLD"'):
    assert part in evaluate, part
upload = steps['Upload the JUnit report']
assert upload['if'] == 'always()' and upload['uses'].startswith('actions/upload-artifact@'), upload
assert 'report.xml' in upload['with']['path']
report = steps['Publish the test report']
assert report['if'] == 'always()' and report['with']['report_paths'] == 'report.xml', report
assert 'apt-get install -y -qq ./tally.deb' in steps['Install tally']['run']
t = gl['tally-eval']
assert t['image'] == 'debian:12'
assert any('--junit report.xml' in line and '--min-f1 "$MIN_F1"' in line for line in t['script']), t['script']
assert t['artifacts']['when'] == 'always' and t['artifacts']['reports']['junit'] == 'report.xml', t['artifacts']
assert any('./tally.deb' in line for line in t['before_script'])
PY
); then ok "both YAML files parse; a debian:12 job runs tally eval --min-f1 --junit and publishes report.xml always"
else bad "YAML: $msg"; fi

# ---- 2. the commands, against a .deb from this build tree ----
if cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1; then
  deb=$(ls "$work"/pkg/tally_*.deb 2>/dev/null | head -n 1)
fi
if [[ -z ${deb:-} ]]; then
  bad "cpack made no .deb: $(tail -n 20 "$work/cpack.log")"
  finish
fi
ok "cpack: $(basename "$deb")"

# the stand-in for apt-get (and nothing else: no network, no root needed)
mkdir -p "$work/shim"
cat >"$work/shim/apt-get" <<'SH'
#!/usr/bin/env bash
set -euo pipefail
args=("$@")
[[ ${args[0]} == update ]] && exit 0
[[ ${args[0]} == install ]] || { echo "apt-get stand-in: unexpected: $*" >&2; exit 100; }
for a in "${args[@]:1}"; do
  case $a in
    -y | -qq | -q) ;;
    ./*.deb)
      dpkg-deb --info "$a" >/dev/null || { echo "apt-get stand-in: $a is not a .deb" >&2; exit 100; }
      for dep in $(dpkg-deb -f "$a" Depends | tr ',' '\n' | sed 's/(.*)//; s/|.*//; s/ //g'); do
        dpkg-query -W -f='${Status}' "$dep" 2>/dev/null | grep -q 'install ok installed' \
          || { echo "apt-get stand-in: dependency $dep is not installed" >&2; exit 100; }
      done
      dpkg-deb -x "$a" "$FAKEROOT" ;;
    *) echo "apt-get stand-in: would install $a from the network" >&2; exit 100 ;;
  esac
done
SH
chmod +x "$work/shim/apt-get"

# a repository of sample articles: the five samples and their gold, the package in ci/
repo=$work/repo
mkdir -p "$repo/articles" "$repo/ci"
cp "$root"/data/*.txt "$repo/articles/"
cp "$root/tests/golden/data.gold.jsonl" "$repo/gold.jsonl"
cp "$deb" "$repo/ci/"

# run_steps NAME KIND [VAR=VALUE...]: runs the recipe's install and eval commands in a fresh copy of the
# repository, with its own environment (KIND github or gitlab); exit status in $work/NAME.rc
run_steps() {
  local name=$1 kind=$2
  shift 2
  rm -rf "$work/$name" "$work/$name.root"
  cp -r "$repo" "$work/$name"
  mkdir -p "$work/$name.root"
  python3 - "$kind" "$github" "$gitlab" "$work/$name.sh" "$@" <<'PY'
import re, shlex, sys, yaml
kind, github, gitlab, out, overrides = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
if kind == 'github':
    job = yaml.safe_load(open(github))['jobs']['eval']
    env = {k: ('' if '${{' in str(v) else str(v)) for k, v in job['env'].items()}  # an unset repository variable
    steps = [s['run'] for s in job['steps'] if s.get('name') in ('Install tally', 'Evaluate the sample articles')]
    # each `run:` is its own `bash -e` script, as GitHub runs it (shell: bash)
    body = ''.join(f'bash --noprofile --norc -eo pipefail -c {shlex.quote(s)} || exit $?\n' for s in steps)
else:
    job = yaml.safe_load(open(gitlab))['tally-eval']
    env = {k: str(v) for k, v in job['variables'].items()}
    # GitLab runs the lines of before_script and script in one shell and stops at the first that fails
    body = 'set -e\n' + '\n'.join(job['before_script'] + job['script']) + '\n'
env.update(dict(o.split('=', 1) for o in overrides))
with open(out, 'w') as f:
    f.write(''.join(f'export {k}={shlex.quote(v)}\n' for k, v in env.items()) + body)
PY
  local rc=0
  (cd "$work/$name" && env -u TALLY_DATA_DIR -u TALLY_DEB_URL FAKEROOT="$work/$name.root" \
     PATH="$work/shim:$work/$name.root/usr/bin:$PATH" GITHUB_STEP_SUMMARY="$work/$name.summary" \
     bash "$work/$name.sh") >"$work/$name.out" 2>&1 || rc=$?
  echo "$rc" >"$work/$name.rc"
}
# report NAME: report.xml exists, validates and has a test case per sample article
report() {
  local xml=$work/$1/report.xml
  if [[ -f $xml ]] && xmllint --noout --schema "$root/tests/schema/junit.xsd" "$xml" >/dev/null 2>&1 &&
     [[ $(grep -c '<testcase classname="tally.eval.documents"' "$xml") == 5 ]]; then
    ok "$1: report.xml validates against junit.xsd, 5 test cases"
  else
    bad "$1: no valid report.xml with 5 test cases: $(head -c 400 "$xml" 2>/dev/null)"
  fi
}

for kind in github gitlab; do
  run_steps "$kind-pass" "$kind"
  rc=$(cat "$work/$kind-pass.rc")
  if [[ $rc == 0 && -x $work/$kind-pass.root/usr/bin/tally ]] && grep -q '^tally [0-9]' "$work/$kind-pass.out" &&
     grep -q 'F1 1.0000' "$work/$kind-pass.out"; then
    ok "$kind: installs the .deb, tally eval passes at the recipe's thresholds (F1 1.0 on the samples)"
  else
    bad "$kind: exit $rc: $(tail -n 20 "$work/$kind-pass.out")"
  fi
  report "$kind-pass"
  run_steps "$kind-fail" "$kind" MIN_F1=1.01
  rc=$(cat "$work/$kind-fail.rc")
  if [[ $rc == 4 ]] && grep -q 'tally: error: F1 1 is below --min-f1 1.01' "$work/$kind-fail.out"; then
    ok "$kind: MIN_F1 above what the articles reach fails the job with status 4"
  else
    bad "$kind: MIN_F1=1.01: exit $rc (wanted 4): $(tail -n 20 "$work/$kind-fail.out")"
  fi
  report "$kind-fail"
  grep -q '<failure type="threshold" message="F1 1 is below --min-f1 1.01"/>' "$work/$kind-fail/report.xml" 2>/dev/null \
    && ok "$kind: the failed threshold is a failed test case in the report" \
    || bad "$kind: the report does not show the failed threshold"
done
grep -q '^### tally eval' "$work/github-pass.summary" 2>/dev/null && grep -q 'F1 1.0000' "$work/github-pass.summary" \
  && ok "github: the figures go to the job summary" || bad "github: job summary: $(cat "$work/github-pass.summary" 2>/dev/null)"
finish
