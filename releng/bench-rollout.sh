#!/bin/sh
# Fleet-scale speed of the console against Ansible and plain OpenSSH, in one run:
#   releng/bench-rollout.sh [--hosts N] [--rounds K]        (as root; default 100 hosts, 3 rounds)
#   releng/bench-rollout.sh --hosts N --table RESULTS       (the table of a kept run's results file)
# Starts N SSH hosts on this machine, each a network namespace made here with its own sshd, its own
# nft ruleset (the namespace's), its own agent state directory and home directory, so that real
# applies do not collide. They hang off a bridge of their own on 10.231.0.0/16 and are reached on
# their own addresses. Every round runs every contender on the same job, in an order that rotates
# from round to round (A/B interleaved, so load drifts hit all alike):
#   probe:  first contact: connect, (console) check and upload the agent, probe;
#   apply:  upload a ruleset and load it; the console (the fleet API in a JVM of its own) with
#           commit-confirm, reconnect over a new connection and confirm;
#   repeat apply over sessions already open (the fleet API in one JVM, as the workbench keeps them);
#   drift:  'nftoffload drift' of every host the probe wrote into the fleet file (a probe and a
#           ruleset listing per host, nothing changed); the floor lists the ruleset over ssh.
# The floor is 'xargs -P' with OpenSSH (ssh for the probe, scp + ssh for the apply).
# Prints medians, min-max, ratios against the floor, CPU and peak memory of the contender, the CPU
# the hosts spent on its job (their sshd and everything it ran: sessions, shells, the agent, nft;
# these hosts share this machine's CPUs with the contender), and as its last line:
#   bench-rollout: hosts=N probe_vs_floor=R apply_vs_floor=R ansible_raw_vs_apply=R repeat_apply_s=S drift_s=S drift_vs_floor=R
# A figure, not a test of speed: it exits non-zero only when a contender failed (a host not done).
# Environment: NFTO_PRODUCT (the product directory; default this tree's build), BENCH_PARALLEL
# (hosts at once for every contender; default 50), BENCH_CLI_PARALLEL (the console's; default the
# same), BENCH_KEEP (keep the work directory with every contender's log), BENCH_JAVA_OPTIONS (added to
# the console's JVMs, e.g. a flight recording: -XX:StartFlightRecording=filename=/tmp/x.jfr).
#
# This kernel has no flowtables, so the benchmark hosts' model holds the console's table without a
# flowtable (the renderer writes the table and nothing in it; see the note in docs); the floor and
# Ansible load a table with a forward chain and a rule. What is measured is the orchestration.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
hosts=100
rounds=3
table_of=''
while [ $# -gt 0 ]; do
	case $1 in
	--hosts) hosts=${2:?--hosts needs a number}; shift 2 ;;
	--rounds) rounds=${2:?--rounds needs a number}; shift 2 ;;
	--table) table_of=${2:?--table needs a results file}; shift 2 ;;
	-h | --help) sed -n '2,3p' "$0"; exit 0 ;;
	*) echo "bench-rollout: unknown argument '$1'; usage: $0 [--hosts N] [--rounds K]" >&2; exit 2 ;;
	esac
done
# print_table RESULTS: the table and the summary line of a results file (JOB CONTENDER ROUND WALL_S
# CPU_S MAXRSS_KB HOSTS_CPU_S OK per line; with --table FILE, of a run that was stopped early and kept its work
# directory with BENCH_KEEP)
print_table() {
	awk -v hosts="$hosts" '
		function median(list,   n, v, i, j, t) {
			n = split(list, v, " ")
			for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
			return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
		}
		function lo(list,   n, v, i, m) { n = split(list, v, " "); m = v[1]; for (i = 2; i <= n; i++) if (v[i] + 0 < m + 0) m = v[i]; return m }
		function hi(list,   n, v, i, m) { n = split(list, v, " "); m = v[1]; for (i = 2; i <= n; i++) if (v[i] + 0 > m + 0) m = v[i]; return m }
		{
			k = $1 " " $2
			if (!(k in wall)) order[++count] = k
			wall[k] = wall[k] " " $4
			if ($5 != "-") cpu[k] = cpu[k] " " $5
			if ($6 != "-") rss[k] = rss[k] " " $6
			if ($7 != "-") hcpu[k] = hcpu[k] " " $7
			if ($8 != "ok") failed[k]++
			runs[k]++
		}
		END {
			names["floor"] = "xargs -P + OpenSSH (floor)"; names["cli"] = "nftoffload CLI"; names["api"] = "fleet API, first apply"
			names["ansible-raw"] = "Ansible -m raw"; names["ansible-shell"] = "Ansible -m shell, pipelining"
			names["ansible-playbook"] = "Ansible playbook copy + nft -f"
			printf "%-7s %-32s %9s %15s %9s %8s %9s %12s %s\n", "job", "contender", "median s", "min-max s", "vs floor", "cpu s", "peak MiB", "hosts cpu s", "runs"
			for (i = 1; i <= count; i++) {
				k = order[i]; split(k, p, " ")
				m = median(wall[k])
				f = (p[1] " floor") in wall ? median(wall[p[1] " floor"]) : 0
				name = p[1] == "repeat" ? "fleet API, open sessions" : p[1] == "part" ? "of it: " p[2] " (all hosts)" : names[p[2]]
				printf "%-7s %-32s %9.2f %7.2f-%-7.2f %9s %8s %9s %12s %d%s\n", p[1], name, m, lo(wall[k]), hi(wall[k]),
					(f > 0 && p[1] != "repeat" && p[1] != "part" ? sprintf("%.2f", m / f) : "-"),
					(k in cpu ? sprintf("%.1f", median(cpu[k])) : "-"), (k in rss ? sprintf("%.0f", median(rss[k]) / 1024) : "-"),
					(k in hcpu ? sprintf("%.1f", median(hcpu[k])) : "-"), runs[k], (failed[k] ? " (" failed[k] " FAILED)" : "")
			}
		}
	' "$1"
	echo "(cpu: user + system of the contender's own processes; peak: largest resident set of one process;"
	echo " hosts cpu: user + system of every host's sshd and what it ran and waited for, during the job;"
	echo " the hosts run on this machine's $(nproc) CPUs too: hosts cpu / $(nproc) is wall time no contender can save here)"
	echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
	awk -v hosts="$hosts" '
		function median(list,   n, v, i, j, t) {
			n = split(list, v, " ")
			for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
			return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
		}
		{ w[$1 " " $2] = w[$1 " " $2] " " $4 }
		END {
			pf = median(w["probe floor"]); af = median(w["apply floor"]); ac = median(w["apply api"]); dc = median(w["drift cli"])
			printf "bench-rollout: hosts=%d probe_vs_floor=%.2f apply_vs_floor=%.2f ansible_raw_vs_apply=%.2f repeat_apply_s=%.2f drift_s=%.2f drift_vs_floor=%.2f\n",
				hosts, median(w["probe cli"]) / pf, ac / af, median(w["apply ansible-raw"]) / ac, median(w["repeat api"]), dc,
				dc / median(w["drift floor"])
		}
	' "$1"
}
if [ -n "$table_of" ]; then
	print_table "$table_of"
	exit 0
fi
case $hosts$rounds in *[!0-9]*) echo "bench-rollout: --hosts and --rounds take whole numbers" >&2; exit 2 ;; esac
if [ "$hosts" -lt 1 ] || [ "$hosts" -gt 2000 ]; then echo "bench-rollout: --hosts must be 1..2000" >&2; exit 2; fi
[ "$rounds" -ge 1 ] || { echo "bench-rollout: --rounds must be at least 1" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "bench-rollout: needs root (it makes network namespaces)" >&2; exit 2; }
product=${NFTO_PRODUCT:-$top/releng/org.nftoffload.product/target/products/org.nftoffload.product/linux/gtk/x86_64}
[ -x "$product/nftoffload" ] || { echo "bench-rollout: no product at $product: build it first (./mvnw -DskipTests verify)" >&2; exit 2; }
for tool in ip nft ssh scp ssh-keygen ansible ansible-playbook xargs python3 /usr/sbin/sshd /usr/bin/time; do
	command -v "$tool" >/dev/null || { echo "bench-rollout: needs $tool (apt-get install iproute2 nftables openssh-client openssh-server ansible-core time)" >&2; exit 2; }
done
parallel=${BENCH_PARALLEL:-50}
cli_parallel=${BENCH_CLI_PARALLEL:-$parallel}
# shellcheck source=features/org.nftoffload.rcp.feature/rootfiles/lib/launch.sh disable=SC1091
java=$(. "$product/lib/launch.sh" && nfto_java)

tag=$(($$ % 10000))
bridge=nfb$tag
work=$(mktemp -d /tmp/bench-rollout.XXXXXX)
made_ns=''
cleanup() {
	set +e
	for ns in $made_ns; do
		# sshd, sessions and any agent timer left in the namespace
		pids=$(ip netns pids "$ns" 2>/dev/null)
		# shellcheck disable=SC2086 # a list of process ids
		[ -z "$pids" ] || kill $pids 2>/dev/null
	done
	for ns in $made_ns; do
		pids=$(ip netns pids "$ns" 2>/dev/null)
		# shellcheck disable=SC2086
		[ -z "$pids" ] || kill -9 $pids 2>/dev/null
		ip netns del "$ns" 2>/dev/null
	done
	ip link del "$bridge" 2>/dev/null
	if [ -n "${BENCH_KEEP:-}" ]; then echo "bench-rollout: logs kept in $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

address() { echo "10.231.$(($1 / 250 + 1)).$(($1 % 250 + 1))"; }

# --- the hosts --------------------------------------------------------------------------------
mkdir -p "$work/hosts" "$work/console/.ssh" /run/sshd
ssh-keygen -q -t ed25519 -N '' -C bench-client -f "$work/id_ed25519"
ssh-keygen -q -t ed25519 -N '' -C bench-host -f "$work/host_key"
cp "$work/id_ed25519.pub" "$work/authorized_keys"
cat >"$work/sshd_config" <<EOF
HostKey $work/host_key
AuthorizedKeysFile $work/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
StrictModes no
UsePAM no
UseDNS no
# every contender opens up to BENCH_PARALLEL connections at once to each host's sshd
MaxStartups 1000
MaxSessions 100
Subsystem sftp internal-sftp
EOF
cat >"$work/ssh_config" <<EOF
Host *
	User root
	IdentityFile $work/id_ed25519
	IdentitiesOnly yes
	UserKnownHostsFile $work/known_hosts
	StrictHostKeyChecking yes
	BatchMode yes
	ControlMaster no
	ControlPath none
	ConnectTimeout 30
EOF
ip link add "$bridge" type bridge
ip addr add 10.231.0.1/16 dev "$bridge"
ip link set "$bridge" up
key=$(cut -d' ' -f1,2 "$work/host_key.pub")
: >"$work/known_hosts"
: >"$work/addresses"
i=1
while [ "$i" -le "$hosts" ]; do
	ns=nfb$tag-$i
	a=$(address "$i")
	ip netns add "$ns"
	made_ns="$made_ns $ns"
	ip link add "nfb${tag}h$i" type veth peer name eth0 netns "$ns"
	ip link set "nfb${tag}h$i" master "$bridge" up
	ip -n "$ns" link set lo up
	ip -n "$ns" addr add "$a/16" dev eth0
	ip -n "$ns" link set eth0 up
	mkdir -p "$work/hosts/$i/home" "$work/hosts/$i/state"
	# HOME and the agent's state directory of this host alone (the namespaces share one file system)
	ip netns exec "$ns" /usr/sbin/sshd -f "$work/sshd_config" -o "ListenAddress=$a" \
		-o "PidFile=$work/hosts/$i/sshd.pid" -E "$work/hosts/$i/sshd.log" \
		-o "SetEnv=HOME=$work/hosts/$i/home NFTOA_STATE_DIR=$work/hosts/$i/state"
	echo "$a $key" >>"$work/known_hosts"
	echo "$a" >>"$work/addresses"
	i=$((i + 1))
done
cp "$work/known_hosts" "$work/console/.ssh/known_hosts"

# every host answers before anything is timed (bounded: 30 s per host at most, in parallel)
xargs -P "$parallel" -I{} ssh -F "$work/ssh_config" {} true <"$work/addresses" ||
	{ echo "bench-rollout: not every benchmark host answered ssh; see $work/hosts/*/sshd.log" >&2; exit 1; }

# --- what the contenders get --------------------------------------------------------------------
# the fleet file: TABLE is replaced per run, so that every apply has a new table to load
{
	echo '<?xml version="1.0" encoding="UTF-8"?>'
	echo '<nfto:Fleet xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:nfto="http://nftoffload.org/model/1.0" name="bench-rollout">'
	i=1
	while [ "$i" -le "$hosts" ]; do
		echo "  <hosts name=\"b$i\" address=\"$(address "$i")\" port=\"22\" user=\"root\" authMethod=\"key\" identityFile=\"$work/id_ed25519\" tableName=\"TABLE\"/>"
		i=$((i + 1))
	done
	echo '</nfto:Fleet>'
} >"$work/fleet.template"
{
	echo '[bench]'
	i=1
	while [ "$i" -le "$hosts" ]; do
		echo "b$i ansible_host=$(address "$i")"
		i=$((i + 1))
	done
	echo '[all:vars]'
	echo 'ansible_user=root'
	echo 'ansible_python_interpreter=/usr/bin/python3'
} >"$work/inventory"
ruleset() { # TABLE: a console-style table with a forward chain and a rule, which this kernel takes
	printf 'table inet %s {\n\tchain forward {\n\t\ttype filter hook forward priority filter; policy accept;\n\t\tmeta l4proto { tcp, udp } ct state established counter accept\n\t}\n}\n' "$1"
}
cat >"$work/apply.yml" <<'EOF'
- hosts: all
  gather_facts: false
  tasks:
    - copy:
        src: "{{ ruleset }}"
        dest: "{{ ansible_env.HOME | default('/tmp') }}/bench-ruleset.nft"
        mode: "0600"
      register: copied
    - command: nft -f {{ copied.dest }}
EOF
export ANSIBLE_HOME="$work/ansible" ANSIBLE_LOCAL_TEMP="$work/ansible/tmp" ANSIBLE_SSH_ARGS="-F $work/ssh_config"
export ANSIBLE_HOST_KEY_CHECKING=True ANSIBLE_NOCOLOR=1 ANSIBLE_FORCE_COLOR=0 ANSIBLE_DEPRECATION_WARNINGS=False
# the console reads its known_hosts and keys under user.home, its state under XDG_STATE_HOME
export JDK_JAVA_OPTIONS="-Duser.home=$work/console${BENCH_JAVA_OPTIONS:+ $BENCH_JAVA_OPTIONS}" XDG_STATE_HOME="$work/console/state"

# --- running and recording ----------------------------------------------------------------------
# results: JOB CONTENDER ROUND WALL_S CPU_S MAXRSS_KB HOSTS_CPU_S OK
: >"$work/results"
# hosts_cpu: CPU seconds (user + system) every host's sshd has spent, with the children it has
# reaped: sessions, their shells, the agent and its nft (a detached commit-confirm timer not)
hosts_cpu() {
	for f in "$work"/hosts/*/sshd.pid; do echo "/proc/$(cat "$f")/stat"; done | xargs cat 2>/dev/null |
		awk -v hz="$(getconf CLK_TCK)" '{ t += $14 + $15 + $16 + $17 } END { printf "%.2f\n", t / hz }'
}
# timed JOB CONTENDER ROUND COMMAND...: runs it under /usr/bin/time, output to the run's log
timed() {
	job=$1 name=$2 round=$3
	shift 3
	log="$work/log.$job.$name.$round"
	hosts_before=$(hosts_cpu)
	if /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$log" 2>&1; then ok=ok; else ok=FAILED; fi
	# the last line: a failed command's has "Command exited with non-zero status N" before it
	tail -n 1 "$work/time" >"$work/time.last"
	read -r wall user sys rss <"$work/time.last"
	hosts_spent=$(echo "$hosts_before $(hosts_cpu)" | awk '{ printf "%.2f", $2 - $1 }')
	echo "$job $name $round $wall $(echo "$user $sys" | awk '{ print $1 + $2 }') $rss $hosts_spent $ok" >>"$work/results"
	[ "$ok" = ok ] || { echo "bench-rollout: $job by $name failed in round $round; its output:" >&2; tail -n 20 "$log" >&2; }
}
# has_table TABLE: every host runs it now (checked after each apply, outside the timing)
has_table() {
	missing=0
	i=1
	while [ "$i" -le "$hosts" ]; do
		ip netns exec "nfb$tag-$i" nft list table inet "$1" >/dev/null 2>&1 || missing=$((missing + 1))
		i=$((i + 1))
	done
	[ "$missing" -eq 0 ] || echo "bench-rollout: $missing host(s) do not have table $1" >&2
	[ "$missing" -eq 0 ]
}
mark_failed() { # JOB CONTENDER ROUND
	awk -v j="$1" -v c="$2" -v r="$3" '$1 == j && $2 == c && $3 == r { $8 = "FAILED" } { print }' \
		"$work/results" >"$work/results.tmp" && mv "$work/results.tmp" "$work/results"
}
fresh_contact() { # the next console run is a first contact: no agent on any host yet
	rm -rf "$work"/hosts/*/home/.cache "$work"/hosts/*/home/.ansible
}
fleet_with_table() { sed "s/tableName=\"TABLE\"/tableName=\"$1\"/" "$work/fleet.template" >"$work/fleet.nftfleet"; }
xssh() { xargs -P "$parallel" -I{} ssh -F "$work/ssh_config" {} "$@" <"$work/addresses"; }

probe_floor() { timed probe floor "$1" sh -c "xargs -P $parallel -I{} ssh -F '$work/ssh_config' {} 'uname -r' <'$work/addresses'"; }
probe_cli() {
	fresh_contact
	fleet_with_table probe
	timed probe cli "$1" "$product/nftoffload" probe --fleet "$work/fleet.nftfleet" --parallel "$cli_parallel"
	cp "$work/fleet.nftfleet" "$work/fleet.probed"
}
drift_floor() { timed drift floor "$1" sh -c "xargs -P $parallel -I{} ssh -F '$work/ssh_config' {} 'nft list ruleset >/dev/null' <'$work/addresses'"; }
drift_cli() { # every host probed, its table never applied: each ends "not applied yet" (exit 0)
	timed drift cli "$1" "$product/nftoffload" drift --fleet "$work/fleet.probed" --parallel "$cli_parallel"
}
probe_raw() { timed probe ansible-raw "$1" ansible all -i "$work/inventory" -f "$parallel" -m raw -a 'uname -r'; }
probe_shell() {
	timed probe ansible-shell "$1" env ANSIBLE_PIPELINING=True ansible all -i "$work/inventory" -f "$parallel" -m shell -a 'uname -r'
}
apply_floor() {
	t=bench_floor_$1
	ruleset "$t" >"$work/$t.nft"
	timed apply floor "$1" sh -c "xargs -P $parallel -I{} sh -c 'scp -q -F \"\$0\" \"\$1\" {}:bench-ruleset.nft && ssh -F \"\$0\" {} nft -f bench-ruleset.nft' '$work/ssh_config' '$work/$t.nft' <'$work/addresses'"
	has_table "$t" || mark_failed apply floor "$1"
}
apply_api() { # the fleet API in one JVM: a first apply, then repeats over the open sessions
	fleet_with_table TABLE
	log="$work/log.apply.api.$1"
	for f in "$work"/hosts/*/sshd.pid; do echo "/proc/$(cat "$f")/stat"; done >"$work/hosts-stat"
	if /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$java" -cp "$product/plugins/*" \
		"$top/releng/bench/FleetApiRollout.java" "$work/fleet.nftfleet" "$cli_parallel" 3 "bench_api_$1" \
		"$work/hosts-stat" "$(getconf CLK_TCK)" >"$log" 2>&1; then
		ok=ok
	else
		ok=FAILED
		echo "bench-rollout: the fleet API run failed in round $1; its output:" >&2
		tail -n 20 "$log" >&2
	fi
	tail -n 1 "$work/time" >"$work/time.last"
	read -r wall user sys rss <"$work/time.last"
	cpu=$(echo "$user $sys" | awk '{ print $1 + $2 }')
	awk -v r="$1" -v ok="$ok" -v cpu="$cpu" -v rss="$rss" '
		$1 == "api" && $2 == "first" { printf "apply api %s %.2f %s %s %s %s\n", r, $3 / 1000, cpu, rss, $5, ($4 == "ok" ? ok : "FAILED") }
		$1 == "api" && $2 == "repeat" { printf "repeat api %s %.2f - - %s %s\n", r, $3 / 1000, $5, ($4 == "ok" ? ok : "FAILED") }
		$1 == "api" && $2 == "part" { printf "part %s %s %.2f - - %s %s\n", $3, r, $4 / 1000, $6, ($5 == "ok" ? ok : "FAILED") }
	' "$log" >>"$work/results"
	grep -q '^api first' "$log" || echo "apply api $1 $wall $cpu $rss - FAILED" >>"$work/results"
	has_table "bench_api_$1_3" || mark_failed repeat api "$1"
}
apply_raw() {
	t=bench_raw_$1
	timed apply ansible-raw "$1" ansible all -i "$work/inventory" -f "$parallel" -m raw -a "nft -f - <<'EOF'
$(ruleset "$t")
EOF"
	has_table "$t" || mark_failed apply ansible-raw "$1"
}
apply_playbook() {
	t=bench_play_$1
	ruleset "$t" >"$work/$t.nft"
	timed apply ansible-playbook "$1" env ANSIBLE_PIPELINING=True ansible-playbook -i "$work/inventory" -f "$parallel" \
		-e "ruleset=$work/$t.nft" "$work/apply.yml"
	has_table "$t" || mark_failed apply ansible-playbook "$1"
}

# the console's first start writes its OSGi configuration and its class-data archives: once here,
# untimed, as an installed console has done long before
"$product/nftoffload" --version >/dev/null 2>&1
"$product/nftoffload" probe --help >/dev/null 2>&1
echo "bench-rollout: $hosts hosts up ($(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)); $rounds round(s), $parallel at once (console: $cli_parallel)"
probes="floor cli raw shell"
# The CLI's apply is not among them: it renders the model, and the renderer writes the console's
# chain only beside a flowtable, which this kernel refuses; the fleet API applies the same way.
applies="floor api raw playbook"
drifts="floor cli"
rotate() { # N WORDS...: the words rotated left by N
	n=$1
	shift
	k=$((n % $#))
	while [ "$k" -gt 0 ]; do
		first=$1
		shift
		set -- "$@" "$first"
		k=$((k - 1))
	done
	echo "$@"
}
r=1
while [ "$r" -le "$rounds" ]; do
	# shellcheck disable=SC2086 # word lists
	for c in $(rotate "$r" $probes); do "probe_$c" "$r"; done
	# shellcheck disable=SC2086
	for c in $(rotate "$r" $applies); do "apply_$c" "$r"; done
	# shellcheck disable=SC2086
	for c in $(rotate "$r" $drifts); do "drift_$c" "$r"; done
	echo "bench-rollout: round $r of $rounds done (load average $(cut -d' ' -f1-3 /proc/loadavg))"
	r=$((r + 1))
done

# --- the table ----------------------------------------------------------------------------------
print_table "$work/results"
! grep -q ' FAILED$' "$work/results"
