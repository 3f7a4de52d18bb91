#!/usr/bin/env bash
# Runs every test of nft-offload Console on a fresh Debian/Ubuntu machine:
#   1. the Java build with all its tests (model, engine, fleet files, CLI, and the workbench driven with
#      real input in a real window under Xvfb; screenshots in target/screenshots/),
#   2. the host side (kmod/tests/run): the QEMU lab with Debian's kernel, the module package, the agent,
#      ftsim.
# Installs the OS packages it needs when run as root; otherwise prints the exact apt-get line.
# Ends with one line "total: N passed, N failed, N skipped" and a non-zero exit on any failure.
set -euo pipefail
NFTO_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export NFTO_TOP
cd "$NFTO_TOP"
# shellcheck source=releng/scripts/os-packages.sh
. releng/scripts/os-packages.sh

read -r -a java_packages <<<"$(nfto_java_and_gui_packages)"
# openssh-server, sudo and busybox: the SSH tests run real sshd servers, sudo -n and the agent under busybox ash
nfto_require_packages "${java_packages[@]}" xvfb xauth openbox xdotool openssh-server openssh-client sudo busybox
nfto_require_jdk

started=$SECONDS
display_pids=()
# Lab guests (QEMU named nfto-lab-*) that run before the tests are the user's; any other one still
# running at the end was left behind by a test, and would keep holding this run's output open.
lab_guests() { pgrep -f '^qemu-system-x86_64 -name nfto-lab-' 2>/dev/null | sort; }
guests_before=$(lab_guests || true)
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
	local pid
	for pid in "${display_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in $(comm -13 <(echo "$guests_before") <(lab_guests || true)); do
		echo "warning: a test left lab guest process $pid running; ending it" >&2
		kill "$pid" 2>/dev/null || true
	done
}
trap cleanup EXIT

# A private X display with a window manager: dialogs then get the keyboard as on a desktop.
display=":$((90 + RANDOM % 400))"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
display_pids+=($!)
for _ in $(seq 50); do DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
DISPLAY=$display openbox >/dev/null 2>&1 &
display_pids+=($!)

echo "== Java build and tests (display $display)" >&2
java_status=0
DISPLAY=$display ./mvnw -B --fail-at-end verify || java_status=$?

# Count what Surefire ran, from its XML reports.
read -r java_tests java_failed java_skipped < <(
	find bundles releng -path '*/target/surefire-reports/TEST-*.xml' -print0 2>/dev/null |
		xargs -0 -r sed -n 's/.*<testsuite [^>]*tests="\([0-9]*\)"[^>]*/&/p' |
		awk '{
			match($0, /tests="[0-9]+"/); t += substr($0, RSTART + 7, RLENGTH - 8)
			match($0, /failures="[0-9]+"/); f += substr($0, RSTART + 10, RLENGTH - 11)
			match($0, /errors="[0-9]+"/); f += substr($0, RSTART + 8, RLENGTH - 9)
			match($0, /skipped="[0-9]+"/); s += substr($0, RSTART + 9, RLENGTH - 10)
		} END { print t + 0, f + 0, s + 0 }')
java_passed=$((java_tests - java_failed - java_skipped))
echo "java: $java_passed passed, $java_failed failed, $java_skipped skipped" >&2

echo "== Host side: lab, module package, agent, ftsim" >&2
kmod_log=$(mktemp)
kmod_status=0
bash kmod/tests/run 2>&1 | tee "$kmod_log" || kmod_status=$?
read -r kmod_passed kmod_failed kmod_skipped < <(
	sed -n 's/^kmod: \([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) skipped.*/\1 \2 \3/p' "$kmod_log" | tail -n 1)
rm -f "$kmod_log"
: "${kmod_passed:=0}" "${kmod_failed:=0}" "${kmod_skipped:=0}"
if [ "$kmod_status" -ne 0 ] && [ "$kmod_failed" -eq 0 ]; then kmod_failed=1; fi

minutes=$(((SECONDS - started) / 60))
echo "all tests took ${minutes} min (java exit $java_status, kmod exit $kmod_status)" >&2
echo "total: $((java_passed + kmod_passed)) passed, $((java_failed + kmod_failed)) failed, $((java_skipped + kmod_skipped)) skipped"
[ "$java_status" -eq 0 ] && [ "$kmod_status" -eq 0 ]
