#!/bin/bash
# Property-based fuzzing (jqwik) of the readers: the nft text and JSON parsers, the agent's lines
# and the agent client's stream with TRIES inputs per property (default 240000), and the fleet-file
# loader with TRIES/4 (an XMI load costs some ms where a parse costs some us): 1,020,000 in all by
# default. Only typed errors may escape (NftParseException, AgentProtocolException / IOException,
# FleetFileException); a failure prints the shrunk input and the seed that reproduces it. Prints
# the inputs per target and the total; exits 1 on any failure. The normal test run has the same
# properties with jqwik's default of 1,000 tries each.
# Usage: releng/fuzz.sh [TRIES]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
tries=${1:-240000}
log=$(mktemp)
trap 'rm -f "$log"' EXIT

status=0
fuzz() { # MODULES TESTS TRIES
	# a failing property must not skip the other modules' properties: failures are counted from the report
	(cd "$top" && nice ./mvnw -B -o verify -am -pl "$1" -Dtest="$2" -Dsurefire.failIfNoSpecifiedTests=false \
		-Dmaven.test.failure.ignore=true -Dtycho.testArgLine="-Djqwik.tries.default=$3") >>"$log" 2>&1 || status=$?
	if grep -qE '^Tests run: .*(Failures: [1-9]|Errors: [1-9])' "$log"; then
		status=1
	fi
}
fuzz bundles/org.nftoffload.nft.tests,bundles/org.nftoffload.remote.tests ParserFuzzProperties,AgentReaderFuzzProperties "$tries"
fuzz bundles/org.nftoffload.fleet.tests FleetFileFuzzProperties $((tries / 4))

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
