#!/bin/bash
# Property-based fuzzing (jqwik) of the readers: the nft text and JSON parsers, the agent's lines
# and the agent client's stream, and the fleet-file loader, with TRIES inputs per property
# (default 200000: 1,000,000 in all over the five). Only typed errors may escape (NftParseException,
# AgentProtocolException / IOException, FleetFileException); a failure prints the shrunk input and
# the seed that reproduces it. Prints the inputs per target and the total; exits 1 on any failure.
# The normal test run has the same properties with jqwik's default of 1,000 tries each.
# Usage: releng/fuzz.sh [TRIES]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
tries=${1:-200000}
log=$(mktemp)
trap 'rm -f "$log"' EXIT

status=0
(cd "$top" && nice ./mvnw -B -o verify -am \
	-pl bundles/org.nftoffload.nft.tests,bundles/org.nftoffload.remote.tests,bundles/org.nftoffload.fleet.tests \
	-Dtest='ParserFuzzProperties,AgentReaderFuzzProperties,FleetFileFuzzProperties' -Dsurefire.failIfNoSpecifiedTests=false \
	-Dtycho.testArgLine="-Djqwik.tries.default=$tries") >"$log" 2>&1 || status=$?

# each test JVM prints its counts once its property class is done: "fuzz-count TARGET N"
awk '$1 == "fuzz-count" { if ($3 > n[$2]) n[$2] = $3 }
	END { for (t in n) { printf "fuzz: %-22s %9d inputs\n", t, n[t]; all += n[t] }; printf "fuzz: %-22s %9d inputs\n", "total", all }' "$log" | sort
grep -E '^(Tests run:|\[ERROR\] (Tests|Failures))|Property \[|seed' "$log" | sort -u | head -40 || true
if [ "$status" -ne 0 ]; then
	echo "fuzz: FAILED (maven exit $status); the build output:" >&2
	tail -n 80 "$log" >&2
	exit 1
fi
echo "fuzz: passed"
