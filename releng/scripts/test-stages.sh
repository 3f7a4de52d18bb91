# shellcheck shell=bash
# Sourced by run-tests.sh: the count of each test stage, and the rule that a stage which ran no test,
# or failed without a failed test to show for it, is a failure and never a "0 passed".

# nfto_surefire_counts DIR...: prints "tests failed skipped" summed over the Surefire XML reports
# under the given directories (failures and errors both count as failed).
nfto_surefire_counts() {
	find "$@" -path '*/target/surefire-reports/TEST-*.xml' -print0 2>/dev/null |
		xargs -0 -r sed -n 's/.*<testsuite [^>]*tests="\([0-9]*\)"[^>]*/&/p' |
		awk '{
			match($0, /tests="[0-9]+"/); t += substr($0, RSTART + 7, RLENGTH - 8)
			match($0, /failures="[0-9]+"/); f += substr($0, RSTART + 10, RLENGTH - 11)
			match($0, /errors="[0-9]+"/); f += substr($0, RSTART + 8, RLENGTH - 9)
			match($0, /skipped="[0-9]+"/); s += substr($0, RSTART + 9, RLENGTH - 10)
		} END { print t + 0, f + 0, s + 0 }'
}

# nfto_tap_counts FILE: prints "passed failed skipped" of a bats --tap log. Tests that the plan
# announced but that never reported (a setup_file that failed, a crash) count as failed.
nfto_tap_counts() {
	awk '
		/^1\.\.[0-9]+$/ { planned += substr($0, 4) }
		/^ok .* # skip/ { skipped++; next }
		/^ok / { passed++ }
		/^not ok / { failed++ }
		END {
			missing = planned - passed - skipped - failed
			if (missing > 0) failed += missing
			print passed + 0, failed + 0, skipped + 0
		}' "$1"
}

total_passed=0
total_failed=0
total_skipped=0
# nfto_stage_start: the stage that follows starts now (its line says how long it took: CI has a budget).
nfto_stage_start() { nfto_stage_started=$SECONDS; }

# nfto_stage NAME EXIT PASSED FAILED SKIPPED: prints the stage's line and adds it to the totals.
nfto_stage() {
	local name=$1 status=$2 passed=$3 failed=$4 skipped=$5 took=""
	[ -z "${nfto_stage_started:-}" ] || took=" (took $((SECONDS - nfto_stage_started)) s)"
	if [ $((passed + failed + skipped)) -eq 0 ]; then
		echo "$name: FAILED: the stage ended (exit $status) before any test ran; its output above says why" >&2
		failed=1
	elif [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
		echo "$name: FAILED: exit $status although no test failed (a build or set-up step broke); counted as one failure" >&2
		failed=1
	fi
	echo "$name: $passed passed, $failed failed, $skipped skipped$took" >&2
	total_passed=$((total_passed + passed))
	total_failed=$((total_failed + failed))
	total_skipped=$((total_skipped + skipped))
}
