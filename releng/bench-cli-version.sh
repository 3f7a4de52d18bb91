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
[ -x "$product/nftoffload" ] || { echo "no product at $product: build it first (./mvnw -DskipTests verify)" >&2; exit 2; }
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT

# milliseconds of one run of PRODUCT/nftoffload --version, with a state area of its own
run_once() {
	start=$(date +%s%N)
	XDG_STATE_HOME="$state/$2" "$1/nftoffload" --version >/dev/null
	end=$(date +%s%N)
	echo $(((end - start) / 1000000))
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
this=$(median <"$state/this.ms")
echo "nftoffload --version, median of $runs: $this ms (runs: $(tr '\n' ' ' <"$state/this.ms"))"
if [ -n "$baseline" ]; then
	base=$(median <"$state/base.ms")
	echo "baseline $baseline, median of $runs: $base ms (runs: $(tr '\n' ' ' <"$state/base.ms"))"
	awk -v a="$this" -v b="$base" 'BEGIN { printf "ratio this/baseline: %.2f\n", a / b }'
fi
