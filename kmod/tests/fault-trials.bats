#!/usr/bin/env bats
# Fault trials, short form (kmod/bench/fault-trials runs the note's 20 per kind): a real lab
# router of its own, in a network namespace made for this file, and one fault of each kind at
# a random point of a commit-confirm apply (agent and process-group kills: right after the
# change, the most damaging point; the script alternates that with random points). Each test passes only when the router ends with its old
# table or the new confirmed one, never pending past the deadline + 2 s, and prints its figure.

bats_require_minimum_version 1.5.0

setup_file() {
	TRIALS="$BATS_TEST_DIRNAME/../bench/fault-trials"
	export TRIALS FTR_NAME="ftr-ci-$$" FTR_NETNS="ftr-ci-$$"
	"$TRIALS" up >/dev/null
	# one undisturbed session sets the span random points are drawn from, for all the tests
	FTR_SPAN=$("$TRIALS" calibrate)
	export FTR_SPAN
}

teardown_file() {
	"$TRIALS" down
}

# trial KIND [TRIALS]: runs the trials of one kind; their figure line goes to the TAP log and
# kmod/tests/run's figures; every trial line is shown on failure.
trial() {
	run "$TRIALS" run --kinds "$1" --trials "${2:-1}"
	local figure
	figure=$(grep '^fault-trials kind=' <<<"$output" || true)
	echo "# figure: $figure" >&3
	[ -z "${NFTO_TEST_FIGURES:-}" ] || echo "fault_trials.$1=${figure#fault-trials }" >>"$NFTO_TEST_FIGURES"
	[ "$status" -eq 0 ] || { echo "$output" >&2; return 1; }
	[[ $figure =~ trials=([0-9]+)\ fully_old_or_new=([0-9]+) ]]
	[ "${BASH_REMATCH[1]}" -ge "${2:-1}" ]
	[ "${BASH_REMATCH[1]}" = "${BASH_REMATCH[2]}" ]
}

@test "fault trial: the console killed at a random point of an apply" {
	trial console
}

@test "fault trial: kill -9 of the agent right after the change" {
	trial agent
}

@test "fault trial: the SSH link dropped (forwarded port blocked) at a random point" {
	trial link
}

@test "fault trial: the router rebooted while an apply waits for confirm" {
	trial reboot
}

@test "fault trial: the agent's whole process group killed right after the change" {
	trial pgroup
}
