#!/bin/sh
# Prints how long 'nftoffload --version' takes (the OSGi start dominates), for a product built from
# this tree and, side by side in the same run, for a baseline product (e.g. one built from main):
#   releng/bench-cli-version.sh [RUNS] [BASELINE_PRODUCT_DIR]
# Runs alternate between the two so machine load hits both alike; prints the median of each and
# their ratio. A figure, not a test: nothing here passes or fails.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-7}
baseline=${2:-}
product="$top/releng/org.nftoffload.product/target/products/org.nftoffload.product/linux/gtk/x86_64"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
[ -x "$product/nftoffload" ] || { echo "no product at $product: build it first (./mvnw -DskipTests verify)" >&2; exit 2; }
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT

# one run of PRODUCT/nftoffload --version, with a state area of its own: "wall_ms cpu_ms" (CPU is
# user + system time, which load on a shared machine disturbs far less than the wall clock)
run_once() {
	XDG_STATE_HOME="$state/$2" /usr/bin/time -f '%e %U %S' -o "$state/time" "$1/nftoffload" --version >/dev/null
	awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$state/time"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# one warm-up each: the first start writes the OSGi configuration area
run_once "$product" this >/dev/null
[ -z "$baseline" ] || run_once "$baseline" base >/dev/null
: >"$state/this.ms"
: >"$state/base.ms"
i=0
while [ "$i" -lt "$runs" ]; do
	run_once "$product" this >>"$state/this.ms"
	[ -z "$baseline" ] || run_once "$baseline" base >>"$state/base.ms"
	i=$((i + 1))
done
report() { # NAME FILE
	wall=$(cut -d' ' -f1 <"$2" | median)
	cpu=$(cut -d' ' -f2 <"$2" | median)
	echo "$1: median of $runs runs: wall $wall ms, cpu $cpu ms (wall runs: $(cut -d' ' -f1 <"$2" | tr '\n' ' '))"
}
report "this tree" "$state/this.ms"
if [ -n "$baseline" ]; then
	report "baseline $baseline" "$state/base.ms"
	paste -d' ' "$state/this.ms" "$state/base.ms" | awk -v n="$runs" '
		{ tw[NR] = $1; tc[NR] = $2; bw[NR] = $3; bc[NR] = $4 }
		END {
			for (i = 1; i <= n; i++) { w += tw[i] / bw[i]; c += tc[i] / bc[i] }
			printf "ratio this/baseline (mean of paired runs): wall %.2f, cpu %.2f\n", w / n, c / n
		}'
fi
