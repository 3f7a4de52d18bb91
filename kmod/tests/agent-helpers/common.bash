# Shared helpers for kmod/tests/agent-*.bats (bash, loaded with `load agent-helpers/common`).
#
# Local tests run the real agent inside a network namespace created for the test, so they
# may use nft freely without touching this machine's own ruleset.

AGENT_REPO=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)
AGENT="$AGENT_REPO/kmod/agent/nft-offload-agent"

# Debian packages the agent tests use, by the command that shows each is present.
AGENT_TEST_PACKAGES="nft:nftables jq:jq ip:iproute2 busybox:busybox dash:dash setsid:util-linux
ping:iputils-ping conntrack:conntrack ethtool:ethtool shellcheck:shellcheck make:make gcc-12:gcc-12 strace:strace"

# agent_ensure_packages: installs what is missing when root (CI runs as root on a fresh
# machine), else names the exact apt-get line and fails.
agent_ensure_packages() {
	local pair missing=''
	for pair in $AGENT_TEST_PACKAGES; do
		command -v "${pair%%:*}" >/dev/null 2>&1 || missing="$missing ${pair#*:}"
	done
	[ -n "$missing" ] || return 0
	if [ "$(id -u)" -ne 0 ]; then
		echo "agent tests need:$missing; run: apt-get install -y$missing" >&2
		return 1
	fi
	local -a packages
	read -r -a packages <<<"$missing"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}" >&2 ||
		{ apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}" >&2; }
}

# agent_figure KEY VALUE: a measured figure for kmod/tests/run's report (and the TAP log).
agent_figure() {
	[ -n "${NFTO_TEST_FIGURES:-}" ] && echo "agent.$1=$2" >>"$NFTO_TEST_FIGURES"
	echo "# figure: agent.$1=$2" >&3
}

# b64 TEXT: base64 without line wrapping (the protocol carries a payload on one line).
b64() { printf '%s' "$1" | base64 -w0; }

# shell_argv SHELL: sets SHELL_ARGV to the command that runs a POSIX shell of that name.
shell_argv() {
	case $1 in
	dash) SHELL_ARGV=(dash) ;;
	bash) SHELL_ARGV=(bash --posix) ;;
	busybox) SHELL_ARGV=(busybox sh) ;;
	*) SHELL_ARGV=("$1") ;;
	esac
}

# busybox_path: sets BUSYBOX_PATH to a directory of busybox applets (awk, sed, grep, head, cat,
# mkdir...) to put first in PATH, like a router whose userland is busybox (OpenWrt). iproute2's
# ip and the netfilter tools stay the real ones, as on such routers.
busybox_path() {
	BUSYBOX_PATH="$BATS_TEST_TMPDIR/busybox-bin"
	mkdir -p "$BUSYBOX_PATH"
	local applet
	for applet in $(busybox --list); do
		case $applet in ip | nft | conntrack | ethtool | modprobe | insmod | rmmod | depmod | sh | ash) continue ;; esac
		ln -sf "$(command -v busybox)" "$BUSYBOX_PATH/$applet"
	done
}

# netns_setup: a fresh namespace per test, with state and /etc stand-ins in the test's tmpdir.
netns_setup() {
	NS="nftoa-$$-${BATS_TEST_NUMBER:-0}"
	ip netns add "$NS"
	ip -n "$NS" link set lo up
	export NFTOA_STATE_DIR="$BATS_TEST_TMPDIR/state"
	export NFTOA_ETC_DIR="$BATS_TEST_TMPDIR/etc"
	mkdir -p "$NFTOA_ETC_DIR"
}

netns_teardown() {
	if [ -n "${NS:-}" ]; then
		# Timers started by the test live in their own session; end only ours, by pid file,
		# and only while that pid is still a timer of this test's state directory.
		local f pid
		for f in "$NFTOA_STATE_DIR"/txn-*/timer.pid; do
			[ -f "$f" ] || continue
			pid=$(cat "$f")
			[[ $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) == *" --confirm-timer $NFTOA_STATE_DIR "* ]] && kill "$pid" 2>/dev/null
		done
		ip netns del "$NS" 2>/dev/null || true
	fi
}

# in_ns CMD...: run in the test namespace (ip netns exec also remounts /sys for it).
in_ns() { ip netns exec "$NS" "$@"; }

# timeout_wait PID SECONDS: waits for that one background job, at most SECONDS; kills it after that
# and fails. (A bare `wait` also waits for the watchdog bats starts for BATS_TEST_TIMEOUT.)
timeout_wait() {
	local pid=$1 tenths=$(($2 * 10))
	while kill -0 "$pid" 2>/dev/null; do
		if [ "$tenths" -le 0 ]; then
			kill "$pid" 2>/dev/null
			echo "timeout_wait: process $pid still running after $2 s" >&2
			return 1
		fi
		sleep 0.1
		tenths=$((tenths - 1))
	done
	wait "$pid"
}

# agent_session SHELL: feeds stdin lines to the agent in the namespace; prints its stdout.
agent_session() {
	shell_argv "${1:-dash}"
	in_ns "${SHELL_ARGV[@]}" "$AGENT"
}

# agent_run REQUEST...: one session with the given request lines; output in $output (lines).
agent_run() {
	output=$(printf '%s\n' "$@" | agent_session "${AGENT_SHELL:-dash}")
}

# response ID [FILTER]: the jq value of FILTER applied to the response line with that id.
response() {
	printf '%s\n' "$output" | jq -c --arg id "$1" "select(.id == \$id and (.event | not)) | ${2:-.}"
}

# assert_all_json: every output line parses as a JSON object.
assert_all_json() {
	local n=0 line
	while IFS= read -r line; do
		n=$((n + 1))
		if ! printf '%s' "$line" | jq -e 'type == "object"' >/dev/null 2>&1; then
			echo "line $n is not a JSON object: $line" >&2
			return 1
		fi
	done <<<"$output"
}

# Spy directory: shims that log each invocation of a tool the agent could run, then exec the
# real tool. Used to prove that refused requests ran nothing.
make_spy_path() {
	SPY_DIR="$BATS_TEST_TMPDIR/spy"
	SPY_LOG="$BATS_TEST_TMPDIR/spy.log"
	mkdir -p "$SPY_DIR"
	: >"$SPY_LOG"
	local tool real
	for tool in nft ip modprobe insmod rmmod sysctl ethtool conntrack make base64 depmod setsid nohup; do
		real=$(command -v "$tool" || true)
		[ -n "$real" ] || continue
		printf '#!/bin/sh\necho "%s $*" >>"%s"\nexec "%s" "$@"\n' "$tool" "$SPY_LOG" "$real" >"$SPY_DIR/$tool"
		chmod +x "$SPY_DIR/$tool"
	done
}

# A small router: client and server namespaces routed through the test namespace.
router_setup() {
	CLI="${NS}-c" SRV="${NS}-s"
	ip netns add "$CLI"
	ip netns add "$SRV"
	ip -n "$NS" link add lan0 type veth peer name eth0 netns "$CLI"
	ip -n "$NS" link add wan0 type veth peer name eth0 netns "$SRV"
	ip -n "$NS" addr add 10.200.1.1/24 dev lan0
	ip -n "$NS" addr add 10.200.2.1/24 dev wan0
	ip -n "$NS" link set lan0 up
	ip -n "$NS" link set wan0 up
	ip -n "$CLI" addr add 10.200.1.2/24 dev eth0
	ip -n "$CLI" link set eth0 up
	ip -n "$CLI" link set lo up
	ip -n "$CLI" route add default via 10.200.1.1
	ip -n "$SRV" addr add 10.200.2.2/24 dev eth0
	ip -n "$SRV" link set eth0 up
	ip -n "$SRV" link set lo up
	ip -n "$SRV" route add default via 10.200.2.1
	in_ns sh -c 'echo 1 > /proc/sys/net/ipv4/ip_forward'
}

router_teardown() {
	[ -n "${CLI:-}" ] && ip netns del "$CLI" 2>/dev/null
	[ -n "${SRV:-}" ] && ip netns del "$SRV" 2>/dev/null
	return 0
}

# timer_of GEN: the pid of the live rollback timer of generation GEN (from /proc, not from the
# agent's own pid file), or nothing.
timer_of() {
	local p
	for p in /proc/[0-9]*; do
		[[ $(tr '\0' ' ' <"$p/cmdline" 2>/dev/null) == *" --confirm-timer $NFTOA_STATE_DIR $1 "* ]] && echo "${p#/proc/}"
	done
	return 0
}

# wait_until SECONDS CMD...: runs CMD every 0.1 s until it succeeds; fails after SECONDS.
wait_until() {
	local limit=$1 start=$SECONDS
	shift
	until "$@"; do
		[ $((SECONDS - start)) -lt "$limit" ] || { echo "wait_until: '$*' not true after $limit s" >&2; return 1; }
		sleep 0.1
	done
}

# spy_nft_apply MODE: an nft on PATH (SPY_DIR) that, when the agent commits an apply, first
# notes in $SPY_DIR/armed whether the pending record and a live rollback timer exist, then
# (MODE kill-after) runs the real nft and kills the agent, like a connection dying right after
# the change, or (MODE kill-before) kills the agent before anything changes.
spy_nft_apply() {
	SPY_DIR="$BATS_TEST_TMPDIR/spy-nft"
	mkdir -p "$SPY_DIR"
	cat >"$SPY_DIR/nft" <<-SPY
		#!/bin/sh
		case "\$*" in
		*/apply.nft*)
			state=$NFTOA_STATE_DIR
			gen=\$(cut -d' ' -f1 "\$state/pending" 2>/dev/null)
			pid=\$(cat "\$state/txn-\$gen/timer.pid" 2>/dev/null)
			if [ -n "\$gen" ] && tr '\\000' ' ' <"/proc/\$pid/cmdline" 2>/dev/null | grep -q -- "--confirm-timer \$state \$gen "; then
				echo "armed \$gen" >>"$SPY_DIR/armed"
			else
				echo "not armed" >>"$SPY_DIR/armed"
			fi
			case $1 in kill-before) kill -KILL \$PPID; exit 1 ;; esac
			$(command -v nft) "\$@"
			rc=\$?
			case $1 in kill-after) kill -KILL \$PPID ;; esac
			exit \$rc ;;
		esac
		exec $(command -v nft) "\$@"
	SPY
	chmod +x "$SPY_DIR/nft"
}

# descendants PID: every process below PID (children first found through /proc/*/stat).
descendants() {
	local found=" " queue=$1 p q parent more
	while [ -n "$queue" ]; do
		more=''
		for p in /proc/[0-9]*; do
			parent=$(awk '{ sub(/^.*\) /, ""); print $2 }' "$p/stat" 2>/dev/null) || continue
			for q in $queue; do
				[ "$parent" = "$q" ] && [[ $found != *" ${p#/proc/} "* ]] && found="$found${p#/proc/} " && more="$more ${p#/proc/}"
			done
		done
		queue=$more
	done
	found=${found# }
	echo "${found% }"
}

# all_gone PID...: none of these processes is running any more (zombies count as gone).
all_gone() {
	local p state
	for p in "$@"; do
		state=$(awk '{ sub(/^.*\) /, ""); print $1 }' "/proc/$p/stat" 2>/dev/null) || continue
		[ -z "$state" ] || [ "$state" = Z ] || return 1
	done
}
