#!/bin/sh
# Benchmark of the reports: fleets of N hosts (default 1000 and 250; 2 flowtables, 4 rules, 4
# interfaces each) reported in every format (HTML, PDF, CSV, Markdown, JSON), with the time and the
# peak heap of each, next to saving the same fleet file as the baseline, and per format the ratio of
# the peak heaps of the largest and the smallest fleet (near 1: memory bounded per host). Prints
# FIGURE lines; asserts nothing.
# NFTO_BENCH_HEAP (e.g. 512m) caps the test JVM's heap: a format that holds the whole fleet then
# prints "out of memory" for the large fleet.
# Usage: [NFTO_BENCH_HEAP=512m] releng/bench-report.sh [HOSTS[,HOSTS...]] [ROUNDS]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
NFTO_BENCH_HOSTS=${1:-1000,250}
NFTO_BENCH_ROUNDS=${2:-3}
export NFTO_BENCH_HOSTS NFTO_BENCH_ROUNDS
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cd "$top"
heap=
if [ -n "${NFTO_BENCH_HEAP:-}" ]; then
	heap="-Dtycho.testArgLine=-Xmx$NFTO_BENCH_HEAP"
fi
# ReportBenchmark is not a *Test, so only this selection runs it.
# shellcheck disable=SC2086 # $heap is one option or none
if ! nice ./mvnw -B verify -pl bundles/org.nftoffload.report.tests -am -Dtest=ReportBenchmark \
	-Dsurefire.failIfNoSpecifiedTests=false $heap >"$log" 2>&1; then
	tail -n 60 "$log" >&2
	echo "bench-report: the build or the benchmark failed (output above)" >&2
	exit 1
fi
grep '^FIGURE' "$log" | sed 's/^FIGURE //'
