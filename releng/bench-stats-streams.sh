#!/bin/bash
# The console's side of live statistics: N agents streaming one sample a second each to one
# console process, and what that costs the console in CPU and heap. Baseline in the same run:
# the same N streams read by N OpenSSH clients (`ssh host sh agent`), the floor for N SSH
# channels at 1 Hz.
#
#   releng/bench-stats-streams.sh [--hosts N] [--seconds S] [--product DIR] [--real-conntrack]
#
# The hosts are OpenSSH servers on loopback (16 ports per sshd), reached as root with a key of
# this run, their host keys already known. Every host runs the real agent, in one network
# namespace of this run that holds the console's table (sshd's ForceCommand enters it). By default the agents' `conntrack -L` is a stand-in that prints the summary
# line "0 flow entries have been shown." without walking the kernel's table: N real walks of
# this machine's 262144-bucket conntrack hash would cost about N x 16 ms of CPU a second
# (1.6 cores at N=100 on a 2-core machine) and starve the console being measured.
# --real-conntrack runs the real tool. Everything the script made is removed at the end.
#
# The console is the product's `nftoffload stats --samples S --interval 1 --parallel N`: one
# JVM, all N streams open at once. CPU is read from /proc/<pid>/stat between the moment every
# stream has sent its 3rd sample and the moment every stream has sent sample S-2 (start-up and
# connection set-up left out); heap is the live heap after a full GC at the end of that window
# (jcmd GC.run + GC.heap_info), RSS from /proc/<pid>/status. Must run as root (sshd on loopback
# with root logins for the agents, which need root for nft and conntrack).
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
hosts=100 seconds=60 real_conntrack=0
product="$top/releng/org.nftoffload.product/target/products/org.nftoffload.product/linux/gtk/x86_64"
while [ $# -gt 0 ]; do
	case $1 in
	--hosts) hosts=$2; shift 2 ;;
	--seconds) seconds=$2; shift 2 ;;
	--product) product=$2; shift 2 ;;
	--real-conntrack) real_conntrack=1; shift ;;
	*) echo "bench-stats-streams: unknown argument '$1' (see the header of $0)" >&2; exit 2 ;;
	esac
done
case $hosts in '' | *[!0-9]* | 0) echo "bench-stats-streams: --hosts must be a positive number" >&2; exit 2 ;; esac
case $seconds in '' | *[!0-9]*) echo "bench-stats-streams: --seconds must be a number" >&2; exit 2 ;; esac
[ "$seconds" -ge 10 ] || { echo "bench-stats-streams: --seconds must be at least 10" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "bench-stats-streams: run as root (sshd with root logins on loopback)" >&2; exit 2; }
[ -x "$product/nftoffload" ] || { echo "bench-stats-streams: no product at $product: build it (./mvnw -DskipTests verify) or pass --product DIR" >&2; exit 2; }
sshd=/usr/sbin/sshd
[ -x "$sshd" ] || { echo "bench-stats-streams: needs $sshd (apt-get install openssh-server)" >&2; exit 2; }

work=$(mktemp -d /tmp/bench-stats-streams.XXXXXX)
sshd_pids=() ssh_pids=() console_pid='' netns=''
cleanup() {
	local pid
	for pid in "${ssh_pids[@]}" ${console_pid:+"$console_pid"} "${sshd_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${ssh_pids[@]}" ${console_pid:+"$console_pid"} "${sshd_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
	[ -n "$netns" ] && ip netns del "$netns" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- hosts: sshd on loopback, 16 ports each -------------------------------------------------
port_free() { ! ss -Hltn "sport = :$1" | grep -q .; }
ports=()
candidate=${BENCH_STATS_PORT_BASE:-43300}
limit=$((candidate + 1000))
while [ ${#ports[@]} -lt "$hosts" ] && [ "$candidate" -lt "$limit" ]; do
	port_free "$candidate" && ports+=("$candidate")
	candidate=$((candidate + 1))
done
[ ${#ports[@]} -eq "$hosts" ] || { echo "bench-stats-streams: not enough free ports from $((limit - 1000)) (BENCH_STATS_PORT_BASE)" >&2; exit 1; }

# The agents run in a network namespace of this run (through sshd's ForceCommand), with the
# console's table (a forward chain with a counter) there and not in this machine's ruleset.
netns="nftoa-bench-$$"
ip netns add "$netns"
ip -n "$netns" link set lo up
printf 'table inet nftoffload {\n\tchain forward {\n\t\ttype filter hook forward priority filter; policy accept;\n\t\tcounter\n\t}\n}\n' |
	ip netns exec "$netns" nft -f -
ssh-keygen -q -t ed25519 -N '' -f "$work/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$work/client_key"
cp "$work/client_key.pub" "$work/authorized_keys"
mkdir -p "$work/home/.ssh" "$work/state" "$work/shim" /run/sshd
host_key=$(cut -d' ' -f1,2 "$work/host_key.pub")
for port in "${ports[@]}"; do echo "[127.0.0.1]:$port $host_key"; done >"$work/home/.ssh/known_hosts"

if [ "$real_conntrack" = 0 ]; then
	real=$(command -v conntrack)
	# Listings print only the summary line; events (the agent's NEW-flow listener) are real.
	cat >"$work/shim/conntrack" <<EOF
#!/bin/sh
[ "\$1" = -L ] && { echo "conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown." >&2; exit 0; }
exec $real "\$@"
EOF
	chmod 755 "$work/shim/conntrack"
fi

group=0
for ((i = 0; i < hosts; i += 16)); do
	cfg="$work/sshd.$group.conf"
	{
		echo "ListenAddress 127.0.0.1"
		for port in "${ports[@]:i:16}"; do echo "Port $port"; done
		cat <<EOF
HostKey $work/host_key
AuthorizedKeysFile $work/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
MaxStartups 200
PidFile $work/sshd.$group.pid
SetEnv PATH=$work/shim:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
ForceCommand exec ip netns exec $netns sh -c "\$SSH_ORIGINAL_COMMAND"
LogLevel ERROR
EOF
	} >"$cfg"
	"$sshd" -D -e -f "$cfg" 2>>"$work/sshd.log" &
	sshd_pids+=("$!")
	group=$((group + 1))
done
# every port listens (bounded: 10 s)
for ((t = 0; t < 100; t++)); do
	listening=0
	for port in "${ports[@]}"; do port_free "$port" || listening=$((listening + 1)); done
	[ "$listening" -eq "$hosts" ] && break
	sleep 0.1
done
[ "$listening" -eq "$hosts" ] || { echo "bench-stats-streams: only $listening of $hosts sshd ports listen" >&2; cat "$work/sshd.log" >&2; exit 1; }

# --- the fleet ------------------------------------------------------------------------------
{
	echo '<?xml version="1.0" encoding="UTF-8"?>'
	echo '<nfto:Fleet xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:nfto="http://nftoffload.org/model/1.0" name="Stats bench">'
	n=0
	for port in "${ports[@]}"; do
		n=$((n + 1))
		printf '  <hosts name="h%03d" address="127.0.0.1" port="%s" user="root" authMethod="key" identityFile="%s" tableName="nftoffload"/>\n' \
			"$n" "$port" "$work/client_key"
	done
	echo '</nfto:Fleet>'
} >"$work/bench.nftfleet"

# shellcheck disable=SC1091 # the product's own launcher library
jdk_bin=$(dirname "$(readlink -f "$(. "$product/lib/launch.sh" && nfto_java)")")
jcmd="$jdk_bin/jcmd"
[ -x "$jcmd" ] || jcmd=''

# cpu_ticks PID...: utime + stime of those processes, in clock ticks (0 for a vanished one)
cpu_ticks() {
	local total=0 pid stat
	for pid in "$@"; do
		stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
		stat=${stat##*) }
		read -r -a f <<<"$stat"
		total=$((total + f[11] + f[12]))
	done
	echo "$total"
}
clk_tck=$(getconf CLK_TCK)
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# wait_all_seq FILE SEQ TIMEOUT: until every host's line "seq SEQ:" is in FILE (console output)
wait_all_seq() {
	local deadline=$(($(date +%s) + $3))
	while [ "$(grep -c " seq $2: " "$1" 2>/dev/null)" -lt "$hosts" ]; do
		[ "$(date +%s)" -lt "$deadline" ] || { echo "bench-stats-streams: not every host reached sample $2 within $3 s ($(grep -c " seq $2: " "$1") of $hosts)" >&2; return 1; }
		sleep 0.2
	done
}

first=3 last=$((seconds - 2))

# --- the console ----------------------------------------------------------------------------
HOME="$work/home" XDG_STATE_HOME="$work/state" JAVA_TOOL_OPTIONS="-Duser.home=$work/home" \
	"$product/nftoffload" stats --fleet "$work/bench.nftfleet" --samples "$seconds" --interval 1 \
	--parallel "$hosts" >"$work/console.out" 2>"$work/console.err" &
console_pid=$!
wait_all_seq "$work/console.out" "$first" 600 || { grep -v " seq | success " "$work/console.out" | sort | uniq -c | sort -rn | head -5 >&2; awk "{ print \$1 }" "$work/console.out" | sort | uniq -c | sort -n | head -5 >&2; tail -20 "$work/console.err" >&2; exit 1; }
c0=$(cpu_ticks "$console_pid") t0=$(now_ms)
wait_all_seq "$work/console.out" "$last" $((seconds + 60)) || { tail -20 "$work/console.err" >&2; exit 1; }
c1=$(cpu_ticks "$console_pid") t1=$(now_ms)
rss_kb=$(sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$console_pid/status")
heap_live='-' heap_committed='-'
if [ -n "$jcmd" ]; then
	"$jcmd" "$console_pid" GC.run >/dev/null 2>&1 || true
	heap=$("$jcmd" "$console_pid" GC.heap_info 2>/dev/null || true)
	# G1: " garbage-first heap   total 65536K, used 23456K" (newer JDKs: "total reserved RK,
	# committed CK, used UK")
	heap_line=$(grep -m1 'heap' <<<"$heap" || true)
	heap_live=$(sed -n 's/.* used \([0-9]*\)K.*/\1/p' <<<"$heap_line")
	heap_committed=$(sed -n 's/.* committed \([0-9]*\)K.*/\1/p; t; s/.* total \([0-9]*\)K.*/\1/p' <<<"$heap_line")
fi
console_status=0
wait "$console_pid" || console_status=$?
console_pid=''
[ "$console_status" -eq 0 ] || { echo "bench-stats-streams: nftoffload stats ended with $console_status" >&2; grep -v " seq " "$work/console.out" | tail -20 >&2; tail -20 "$work/console.err" >&2; exit 1; }
console_cpu_ms=$(((c1 - c0) * 1000 / clk_tck)) window_ms=$((t1 - t0))

# --- the baseline: N OpenSSH clients reading the same streams -------------------------------
# this tree's agent (the console runs the one its product carries; their samples differ by a
# member or so)
agent="$work/agent"
cp "$top/kmod/agent/nft-offload-agent" "$agent"
chmod 755 "$work"
mkdir -p "$work/ssh"
ssh_inputs=()
n=0
for port in "${ports[@]}"; do
	n=$((n + 1))
	mkfifo "$work/ssh/$n.in"
	ssh -q -T -i "$work/client_key" -o UserKnownHostsFile="$work/home/.ssh/known_hosts" -o BatchMode=yes \
		-o StrictHostKeyChecking=yes -p "$port" root@127.0.0.1 sh "$agent" \
		<"$work/ssh/$n.in" >"$work/ssh/$n.out" 2>"$work/ssh/$n.err" &
	ssh_pids+=("$!")
	# the input stays open for the whole stream (the agent ends its streams at end of input)
	exec {fd}>"$work/ssh/$n.in"
	ssh_inputs+=("$fd")
	echo "s stats.stream interval=1 count=$seconds" >&"$fd"
done
wait_ssh_seq() {
	local deadline=$(($(date +%s) + $2)) have
	while :; do
		have=$(cat "$work"/ssh/*.out 2>/dev/null | grep -c "\"seq\":$1," || true)
		[ "$have" -ge "$hosts" ] && return 0
		[ "$(date +%s)" -lt "$deadline" ] || { echo "bench-stats-streams: $have of $hosts ssh streams reached sample $1" >&2; return 1; }
		sleep 0.2
	done
}
ssh_procs() { echo "${ssh_pids[@]}"; }
wait_ssh_seq "$first" 600
# shellcheck disable=SC2046 # a list of pids
s0=$(cpu_ticks $(ssh_procs)) u0=$(now_ms)
wait_ssh_seq "$last" $((seconds + 60))
# shellcheck disable=SC2046
s1=$(cpu_ticks $(ssh_procs)) u1=$(now_ms)
ssh_rss_kb=0
for pid in $(ssh_procs); do
	r=$(sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$pid/status" 2>/dev/null || echo 0)
	ssh_rss_kb=$((ssh_rss_kb + ${r:-0}))
done
ssh_cpu_ms=$(((s1 - s0) * 1000 / clk_tck)) ssh_window_ms=$((u1 - u0))
for fd in "${ssh_inputs[@]}"; do exec {fd}>&-; done
samples_console=$(grep -c ' seq [0-9]*: ' "$work/console.out")

awk -v n="$hosts" -v cc="$console_cpu_ms" -v cw="$window_ms" -v sc="$ssh_cpu_ms" -v sw="$ssh_window_ms" \
	-v rss="$rss_kb" -v live="$heap_live" -v comm="$heap_committed" -v srss="$ssh_rss_kb" \
	-v samples="$samples_console" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" -v real="$real_conntrack" 'BEGIN {
	printf "# %d stats streams at 1 Hz, load average %s, conntrack %s\n", n, load, (real ? "real" : "stand-in for listings")
	printf "%-34s %-14s %-18s %-12s %-14s\n", "reader", "cpu_ms_per_s", "cpu_ms_per_stream_s", "rss_mb", "live_heap_mb"
	cps = cc / (cw / 1000); sps = sc / (sw / 1000)
	printf "%-34s %-14.1f %-18.3f %-12.1f %-14s\n", "console (nftoffload stats, 1 JVM)", cps, cps / n, rss / 1024, (live ~ /^[0-9]+$/ ? sprintf("%.1f (committed %.1f)", live / 1024, comm / 1024) : "-")
	printf "%-34s %-14.1f %-18.3f %-12.1f %-14s\n", sprintf("%d OpenSSH clients (baseline)", n), sps, sps / n, srss / 1024, "-"
	printf "bench-stats-streams: hosts=%d console_cpu_share=%.3f console_vs_openssh=%.2f live_heap_mb=%s samples=%d\n", n, cps / 1000, (sps > 0 ? cps / sps : 0), (live ~ /^[0-9]+$/ ? sprintf("%.1f", live / 1024) : "-"), samples
}'
