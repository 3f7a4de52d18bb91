#!/usr/bin/env bash
# Runs every test of nft-offload Console on a fresh Debian/Ubuntu machine:
#   1. the Java build with all its tests (model, engine, fleet files, CLI, and the workbench driven with
#      real input in a real window under Xvfb; screenshots in target/screenshots/),
#   2. the set-up paths (releng/tests): the Maven wrapper fetching Maven into an empty
#      MAVEN_USER_HOME, ./run-console.sh --xvfb on the product just built, the releng scripts,
#   3. the host side (kmod/tests/run): the QEMU lab with Debian's kernel, the module package, the agent,
#      ftsim.
# Installs the OS packages it needs when run as root; otherwise prints the exact apt-get line.
# Ends with one line "total: N passed, N failed, N skipped" and a non-zero exit on any failure; a
# stage that ran no test at all counts as failed.
set -euo pipefail
NFTO_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export NFTO_TOP
cd "$NFTO_TOP"
# shellcheck source=releng/scripts/os-packages.sh
. releng/scripts/os-packages.sh

read -r -a java_packages <<<"$(nfto_java_and_gui_packages)"
# openssh-server, sudo and busybox: the SSH tests run real sshd servers, sudo -n and the agent under busybox ash
# qemu-system-x86, cpio, kmod, xz-utils: the lab routers that Java tests boot before the kmod stage
# would otherwise install them mid-run, while other tests hold the dpkg lock
# poppler-utils and chromium: the report tests read PDFs with pdftotext/pdftoppm and render the HTML
# ansible-core, nftables, iproute2 and time: releng/bench-rollout.sh's short form (releng/tests);
# ansible-core also for the Ansible export's tests (ansible-inventory, ansible-playbook against a lab router)
# prometheus (with promtool): the exporter's tests check its text and have a real Prometheus scrape it
read -r -a secret_service_packages <<<"$(nfto_secret_service_packages)"
nfto_require_packages "${java_packages[@]}" "${secret_service_packages[@]}" xvfb xauth openbox xdotool openssh-server openssh-client sudo busybox bats shellcheck poppler-utils chromium \
	qemu-system-x86 cpio kmod xz-utils ansible-core nftables iproute2 time prometheus
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

# shellcheck source=releng/scripts/test-stages.sh
. releng/scripts/test-stages.sh

echo "== Java build and tests (display $display)" >&2
java_status=0
nfto_stage_start
# clean: only reports this run writes are counted, and no state of an earlier run (a keyring, a
# product) can make a test pass.
DISPLAY=$display ./mvnw -B --fail-at-end clean verify || java_status=$?
read -r java_tests java_failed java_skipped < <(nfto_surefire_counts bundles releng)
nfto_stage java "$java_status" $((java_tests - java_failed - java_skipped)) "$java_failed" "$java_skipped"
# the kmod stage's engine test then uses these classes instead of building them again
[ "$java_status" -ne 0 ] || export NFTO_JAVA_BUILT=$NFTO_TOP

echo "== Set-up paths: the Maven wrapper from nothing, run-console.sh, the releng scripts" >&2
setup_log=$(mktemp)
setup_status=0
nfto_stage_start
BATS_TEST_TIMEOUT=${BATS_TEST_TIMEOUT:-300} bats --tap --timing releng/tests 2>&1 | tee "$setup_log" || setup_status=$?
read -r setup_passed setup_failed setup_skipped < <(nfto_tap_counts "$setup_log")
rm -f "$setup_log"
nfto_stage setup "$setup_status" "$setup_passed" "$setup_failed" "$setup_skipped"

echo "== Host side: lab, module package, agent, ftsim" >&2
kmod_log=$(mktemp)
kmod_status=0
nfto_stage_start
bash kmod/tests/run 2>&1 | tee "$kmod_log" || kmod_status=$?
read -r kmod_passed kmod_failed kmod_skipped < <(
	sed -n 's/^kmod: \([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) skipped.*/\1 \2 \3/p' "$kmod_log" | tail -n 1)
rm -f "$kmod_log"
nfto_stage kmod "$kmod_status" "${kmod_passed:-0}" "${kmod_failed:-0}" "${kmod_skipped:-0}"

echo "all tests took $(((SECONDS - started) / 60)) min" >&2
echo "total: $total_passed passed, $total_failed failed, $total_skipped skipped"
[ "$total_failed" -eq 0 ]
