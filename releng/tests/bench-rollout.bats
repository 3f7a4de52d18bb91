#!/usr/bin/env bats
# releng/bench-rollout.sh in its short form (a few hosts, one round), so that it cannot rot: every
# contender must succeed on every host and the summary line must be there. Times are not asserted
# (speed is the benchmark's figure, never a test's). Needs root (network namespaces) and the product.

bats_require_minimum_version 1.5.0

setup_file() {
	REPO=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)
	export REPO
}

@test "bench-rollout: every contender succeeds on 10 hosts in one round, and everything made is removed" {
	[ "$(id -u)" = 0 ] || { echo "needs root for network namespaces" >&2; false; }
	# within the bats timeout (run-tests.sh: 300 s), so that the script's trap cleans up on the TERM
	run timeout $((${BATS_TEST_TIMEOUT:-300} - 20)) "$REPO/releng/bench-rollout.sh" --hosts 10 --rounds 1
	echo "$output"
	[ "$status" -eq 0 ]
	[[ $output != *FAILED* ]]
	for row in "probe   nftoffload CLI" "probe   Ansible -m raw" "probe   Ansible -m shell, pipelining" \
		"probe   xargs -P + OpenSSH (floor)" "apply   fleet API, first apply" "repeat  fleet API, open sessions" \
		"apply   Ansible -m raw" "apply   Ansible playbook copy + nft -f" "apply   xargs -P + OpenSSH (floor)" \
		"drift   nftoffload CLI" "drift   xargs -P + OpenSSH (floor)"; do
		[[ $output == *"$row"* ]]
	done
	[[ ${lines[-1]} =~ ^bench-rollout:\ hosts=10\ probe_vs_floor=[0-9.]+\ apply_vs_floor=[0-9.]+\ ansible_raw_vs_apply=[0-9.]+\ repeat_apply_s=[0-9.]+\ drift_s=[0-9.]+\ drift_vs_floor=[0-9.]+$ ]]
	# the trap removed its namespaces and its bridge (only its own names: other tests make namespaces too)
	[ -z "$(ip netns list | grep '^nfb[0-9]*-')" ]
	[ -z "$(ip link show | grep ' nfb[0-9]*: ')" ]
}
