# Helpers for kmod/tests/agent-lab.bats: the agent on real Debian 6.1 routers under QEMU.
#
# Lab hosts: when the test runner already started one, it names it in NFTO_TEST_LAB_FULL
# (and NFTO_TEST_LAB_BARE for the bare variant); otherwise these helpers start their own
# and stop it at the end.

LAB="$AGENT_REPO/kmod/lab/lab"
GUEST_AGENT_DIR=/root/nfto/agent
GUEST_AGENT="$GUEST_AGENT_DIR/nft-offload-agent"

# lab_host_up VARIANT VAR: sets VAR to a running host of that variant, starting one if needed.
lab_host_up() {
	local variant=$1 var=$2 given name
	given=$(printenv "NFTO_TEST_LAB_${variant^^}" || true)
	if [ -n "$given" ]; then
		name=$given
	else
		name="agent-$variant-$$"
		"$LAB" start "$name" --variant "$variant" >&2 || return 1
		echo "$name" >>"$BATS_FILE_TMPDIR/started-hosts"
	fi
	"$LAB" ssh "$name" mkdir -p "$GUEST_AGENT_DIR"
	"$LAB" copy "$name" "$AGENT" "$GUEST_AGENT" >/dev/null
	printf -v "$var" '%s' "$name"
}

lab_hosts_down() {
	local name
	[ -f "$BATS_FILE_TMPDIR/started-hosts" ] || return 0
	while read -r name; do "$LAB" stop "$name" >&2 || true; done <"$BATS_FILE_TMPDIR/started-hosts"
}

# One agent session over SSH, kept open through a fifo so that a test can talk to it, watch
# a stream and kill the connection.
session_start() {
	local host=$1
	SESSION_IN="$BATS_TEST_TMPDIR/session.in"
	SESSION_OUT="$BATS_TEST_TMPDIR/session.out"
	rm -f "$SESSION_IN"
	mkfifo "$SESSION_IN"
	: >"$SESSION_OUT"
	# ssh itself (not the lab wrapper) so that SESSION_PID is the connection a test can kill;
	# the agent path and SESSION_AGENT_ENV (VAR=VALUE words for the agent) are the test's
	# own constants, expanded here on purpose.
	lab_ssh_opts "$host"
	# shellcheck disable=SC2029,SC2086
	ssh "${LAB_SSH_OPTS[@]}" root@127.0.0.1 ${SESSION_AGENT_ENV:-} sh "$GUEST_AGENT" <"$SESSION_IN" >"$SESSION_OUT" 2>"$BATS_TEST_TMPDIR/session.err" &
	SESSION_PID=$!
	exec {SESSION_FD}>"$SESSION_IN"
}

send() { printf '%s\n' "$1" >&"$SESSION_FD"; }

# wait_for JQ_FILTER [SECONDS]: waits until some output line satisfies the filter.
wait_for() {
	local filter=$1 limit=${2:-60} start=$SECONDS
	until jq -e -s "any(.[]; $filter)" "$SESSION_OUT" >/dev/null 2>&1; do
		if [ $((SECONDS - start)) -ge "$limit" ]; then
			echo "timed out after ${limit}s waiting for: $filter" >&2
			cat "$SESSION_OUT" "$BATS_TEST_TMPDIR/session.err" >&2
			return 1
		fi
		sleep 0.3
	done
}

# reply ID [FILTER]: the answer (not a stream event) with that id.
reply() { jq -c --arg id "$1" "select(.id == \$id and (.event | not)) | ${2:-.}" "$SESSION_OUT"; }

reply_raw() { jq -r --arg id "$1" "select(.id == \$id and (.event | not)) | $2" "$SESSION_OUT"; }

session_end() {
	if [ -n "${SESSION_FD:-}" ]; then exec {SESSION_FD}>&-; fi
	SESSION_FD=''
	if [ -n "${SESSION_PID:-}" ]; then wait "$SESSION_PID" 2>/dev/null || true; fi
	SESSION_PID=''
	return 0
}

# lab_ssh_opts HOST: sets LAB_SSH_OPTS to reach the guest with the lab's key and known_hosts.
lab_ssh_opts() {
	local info port key kh
	info=$("$LAB" info "$1")
	port=$(sed -n 's/^port=//p' <<<"$info")
	key=$(sed -n 's/^key=//p' <<<"$info")
	kh=$(sed -n 's/^known_hosts=//p' <<<"$info")
	LAB_SSH_OPTS=(-p "$port" -i "$key" -o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile="$kh")
}

# guest HOST CMD...: a command line run by the guest's /bin/sh.
guest() { "$LAB" ssh "$@"; }

# The flowtable ruleset of the lab topology (lan0 <-> wan0); $1 adds flowtable flags.
flowtable_ruleset() {
	printf 'table inet nftoffload {\n\tflowtable ft {\n\t\thook ingress priority 0\n\t\tdevices = { lan0, wan0 }\n\t\t%s\n\t\tcounter\n\t}\n\tchain forward {\n\t\ttype filter hook forward priority filter; policy accept;\n\t\tip protocol { tcp, udp } flow add @ft\n\t\tcounter\n\t}\n}\n' "${1:-}"
}
