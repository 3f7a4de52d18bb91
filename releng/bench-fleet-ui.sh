#!/bin/sh
# Benchmark of the workbench on a large fleet: a generated fleet of N hosts (default 10,000; see
# LargeFleets in the UI tests) opened in the real workbench, with the time and the worst UI-thread
# stall of each step: open and first paint of the navigator and of the fleet table, filtering both,
# a sort, bulk edits of every host and their undo, a profile applied to 1,000 hosts and its undo,
# save. Prints FIGURE lines and the issue's goals that are not met; asserts nothing.
# Usage: releng/bench-fleet-ui.sh [HOSTS]
# The workbench needs a display: without DISPLAY the script starts its own Xvfb with openbox, as
# ./run-tests.sh does.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
NFTO_BENCH_HOSTS=${1:-10000}
export NFTO_BENCH_HOSTS
log=$(mktemp)
pids=""
cleanup() {
	for pid in $pids; do kill "$pid" 2>/dev/null || true; done
	rm -f "$log"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
	for tool in Xvfb openbox xdotool; do
		command -v "$tool" >/dev/null || { echo "bench-fleet-ui: needs $tool (apt-get install xvfb openbox xdotool)" >&2; exit 2; }
	done
	DISPLAY=":$((500 + $$ % 400))"
	export DISPLAY
	Xvfb "$DISPLAY" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
	pids="$!"
	i=0
	until xdotool getdisplaygeometry >/dev/null 2>&1; do
		i=$((i + 1))
		[ "$i" -lt 50 ] || { echo "bench-fleet-ui: Xvfb on $DISPLAY did not start" >&2; exit 1; }
		sleep 0.1
	done
	openbox >/dev/null 2>&1 &
	pids="$pids $!"
fi
cd "$top"
# FleetUiBenchmark is not a *Test, so only this selection runs it.
if ! nice ./mvnw -B verify -pl bundles/org.nftoffload.ui.tests -am -Dtest=FleetUiBenchmark \
	-Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
	tail -n 60 "$log" >&2
	echo "bench-fleet-ui: the build or the benchmark failed (output above)" >&2
	exit 1
fi
grep '^FIGURE' "$log" | sed 's/^FIGURE //'
