#!/usr/bin/env bats
# ftsim, the simulated hardware-offload NIC, in a lab guest running Debian's 6.1 kernel: the
# driver is built here against the lab kernel's headers, one guest is booted for the whole
# file, and every test reloads the module (lab-topology.sh) so no state leaks between tests.
# The router's lan0/wan0 are ftsim ports; client and server namespaces hang off their peers.

setup_file() {
	REPO=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)
	LAB="$REPO/kmod/lab/lab"
	FTSIM_HOST="ftsim-$$"
	BUILD_DIR="$BATS_FILE_TMPDIR/ftsim"
	export REPO LAB FTSIM_HOST BUILD_DIR

	ftsim_ensure_host_packages

	# Build in a copy: parallel runs and the work tree stay clean.
	mkdir -p "$BUILD_DIR"
	cp "$REPO"/kmod/ftsim/{Kbuild,Makefile,*.c,*.h} "$BUILD_DIR"/
	KDIR=$("$LAB" kernel-headers)
	export KDIR
	make -C "$BUILD_DIR" KDIR="$KDIR" >"$BATS_FILE_TMPDIR/build.log" 2>&1 ||
		{ cat "$BATS_FILE_TMPDIR/build.log" >&3; return 1; }

	"$LAB" start "$FTSIM_HOST" >/dev/null
	"$LAB" copy "$FTSIM_HOST" "$BUILD_DIR/ftsim.ko" /root/ftsim.ko
	"$LAB" copy "$FTSIM_HOST" "$REPO/kmod/ftsim/lab-topology.sh" /root/lab-topology.sh
	"$LAB" copy "$FTSIM_HOST" "$REPO/kmod/agent/nft-offload-agent" /root/nft-offload-agent
}

teardown_file() {
	"$LAB" stop "$FTSIM_HOST" >/dev/null 2>&1 || true
}

teardown() {
	# Leave the guest as the next test expects it: no traffic, default timeout, no tables.
	traffic_stop || true
	g 'sysctl -qw net.netfilter.nf_flowtable_tcp_timeout=30; nft flush ruleset' || true
}

# What these tests run on the build machine, with the Debian package providing each.
ftsim_ensure_host_packages() {
	local missing=()
	command -v dkms >/dev/null || missing+=(dkms)
	command -v shellcheck >/dev/null || missing+=(shellcheck)
	command -v jq >/dev/null || missing+=(jq)
	command -v modinfo >/dev/null || missing+=(kmod)
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" -ne 0 ]; then
		echo "ftsim tests need: apt-get install -y --no-install-recommends ${missing[*]}" >&3
		return 1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null ||
		{ apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; }
}

# g CMDLINE: run a shell command line as root in the guest (stdin passed through).
g() {
	"$LAB" ssh "$FTSIM_HOST" "$@"
}

# ftsim_figure KEY VALUE: a measured figure for kmod/tests/run's report.
ftsim_figure() {
	if [ -n "${NFTO_TEST_FIGURES:-}" ]; then echo "ftsim_$1=$2" >>"$NFTO_TEST_FIGURES"; fi
	echo "# figure: ftsim_$1=$2" >&3
}

# gsleep SECONDS: wait by the guest's clock; under TCG it can run apart from the host's, and
# iperf3 durations and flowtable timeouts are guest time.
gsleep() {
	g "sleep $1"
}

# ftsim_load [table_size=N] [hw_forward=0|1]: fresh ftsim ports, module reloaded.
ftsim_load() {
	g sh /root/lab-topology.sh /root/ftsim.ko "$@" >/dev/null
	# Connections of earlier tests would be taken for this test's flows.
	g 'conntrack -F 2>/dev/null; conntrack -F -f ipv6 2>/dev/null; true'
}

# The lab's offload ruleset: flowtable on both router ports, a forward-chain counter, and a
# counter at lan0's ingress hook that sees every packet of the iperf3 flows the stack sees.
offload_ruleset() {
	cat <<'EOF'
table inet ftsim_t {
	flowtable ft {
		hook ingress priority 0
		devices = { lan0, wan0 }
		flags offload
		counter
	}
	counter forwarded { }
	chain forward {
		type filter hook forward priority 0; policy accept;
		meta l4proto { tcp, udp } flow add @ft
		counter name forwarded
	}
}
table netdev ftsim_obs {
	counter stack_in { }
	chain lan0_in {
		type filter hook ingress device "lan0" priority -500; policy accept;
		tcp dport 5201 counter name stack_in
	}
}
EOF
}

load_offload_ruleset() {
	offload_ruleset | g 'sysctl -qw net.netfilter.nf_conntrack_acct=1 && nft -f -'
}

apply_offload_ruleset() {
	offload_ruleset | g 'nft -f -'
}

# traffic_start PARALLEL [tcp|tcp6]: iperf3 client -> server in the background until
# traffic_stop, paced at 40 Mbit/s per stream so the guest's one vCPU (TCG) still answers.
# Tests wait for states (flows offloaded) rather than for fixed times: on a loaded build
# machine each SSH call into a busy guest can take seconds.
traffic_start() {
	local server=10.10.2.2
	[ "${2:-tcp}" = tcp6 ] && server=fd00:10:2::2
	g "rm -f /tmp/traffic.out /tmp/traffic.pid /tmp/traffic.stop
		(for try in 1 2 3 4 5; do
			[ -e /tmp/traffic.stop ] && break
			ip netns exec client iperf3 --client $server --time 300 --parallel $1 --bitrate 40M &
			echo \$! >/tmp/traffic.pid
			wait \$! && break
			sleep 1
		done </dev/null >/tmp/traffic.out 2>&1 &)"
}

# traffic_stop: end the iperf3 client started by traffic_start (by its pid) and wait for it.
traffic_stop() {
	g 'touch /tmp/traffic.stop; pid=$(cat /tmp/traffic.pid 2>/dev/null)
		if [ -n "$pid" ]; then
			kill "$pid" 2>/dev/null
			for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
		fi; rm -f /tmp/traffic.pid'
}

# wait_flows N [HW]: until N iperf3 connections are offloaded (with HW: in hardware), at
# most 60 s of guest time; fails with the conntrack table otherwise.
wait_flows() {
	local pattern='\[(HW_)?OFFLOAD\]'
	[ "${2:-}" = HW ] && pattern='\[HW_OFFLOAD\]'
	g "for i in \$(seq 1 120); do
		n=\$({ conntrack -L -f ipv4; conntrack -L -f ipv6; } 2>/dev/null | grep -E 'dport=5201 .*$pattern' | wc -l)
		[ \$n -ge $1 ] && exit 0
		sleep 0.5
	done
	echo 'wait_flows: fewer than $1 connections matched $pattern:'; conntrack -L 2>/dev/null; cat /tmp/traffic.out
	exit 1"
}

# snapshot FILE: everything the tests read, taken in one SSH call (under TCG the guest's one
# vCPU is busy forwarding, and each extra call would cost a second or more of the run).
snapshot() {
	g 'echo "## conntrack"; conntrack -L -f ipv4 2>/dev/null; conntrack -L -f ipv6 2>/dev/null
		echo "## rules"; cat /sys/kernel/debug/ftsim/rules
		echo "## summary"; cat /sys/kernel/debug/ftsim/summary
		for dev in lan0 wan0; do echo "## ethtool $dev"; ethtool -S $dev 2>/dev/null; done
		echo "## counters"
		for c in "inet ftsim_t forwarded" "netdev ftsim_obs stack_in"; do
			n=$(nft list counter $c 2>/dev/null | awk "\$1 == \"packets\" { print \$2 }")
			echo "${c##* } ${n:-absent}"
		done' >"$1"
}

# section FILE NAME: the lines of one snapshot section.
section() {
	awk -v h="## $2" '/^## / { on = ($0 == h); next } on' "$1"
}

# flows FILE: "SPORT STATUS ORIG_PACKETS" for each iperf3 connection (STATUS HW_OFFLOAD, OFFLOAD
# or none), biggest first, so line 1 is the data connection of a single-stream run.
flows() {
	section "$1" conntrack |
		awk '{ s = ""; d = ""; p = ""; st = "none"
			for (i = 1; i <= NF; i++) {
				if (s == "" && $i ~ /^sport=/) s = substr($i, 7)
				if (d == "" && $i ~ /^dport=/) d = substr($i, 7)
				if (p == "" && $i ~ /^packets=/) p = substr($i, 9)
				if ($i == "[HW_OFFLOAD]") st = "HW_OFFLOAD"
				if ($i == "[OFFLOAD]" && st == "none") st = "OFFLOAD"
			}
			if (d == "5201") print s, st, (p == "" ? 0 : p) }' | sort -k3,3nr
}

# port_stat FILE DEV NAME: one ethtool -S counter of a router port.
port_stat() {
	section "$1" "ethtool $2" | awk -v n="$3:" '$1 == n { print $2 }'
}

# rule_field FILE SPORT FIELD [PORT]: FIELD of the rule on PORT (default lan0, the original
# direction; wan0 holds the reply direction) of the flow with that client port.
rule_field() {
	section "$1" rules |
		awk -v p="${4:-lan0}" -v s=":$2 " -v f="$3=" '$1 == p && index($0, s) {
			for (i = 1; i <= NF; i++) if (index($i, f) == 1) { print substr($i, length(f) + 1); exit } }'
}

summary() {
	section "$1" summary | awk -v k="$2" '$1 == k { print $2 }'
}

counter() {
	section "$1" counters | awk -v k="$2" '$1 == k { print $2 }'
}

# now: a snapshot for the checks that need no traffic, printed as its file name.
now() {
	local f
	f=$(mktemp "$BATS_TEST_TMPDIR/snap.XXXXXX")
	snapshot "$f"
	echo "$f"
}

@test "the driver builds against the lab kernel without warnings and matches its vermagic" {
	run grep -E 'warning:|error:' "$BATS_FILE_TMPDIR/build.log"
	[ "$status" -eq 1 ]
	vermagic=$(modinfo -F vermagic "$BUILD_DIR/ftsim.ko")
	[[ $vermagic == "$("$LAB" kernel-release) "* ]]
	[ "$(modinfo -F license "$BUILD_DIR/ftsim.ko")" = GPL ]
}

@test "ports are NICs of driver ftsim with hw-tc-offload on and switchable" {
	ftsim_load
	run g 'ethtool -i lan0'
	[[ $output == *"driver: ftsim"* ]]
	[ "$(g 'basename "$(readlink /sys/class/net/wan0/device/driver)"')" = ftsim ]
	[ "$(g 'ethtool -k lan0 | grep "^hw-tc-offload:"')" = "hw-tc-offload: on" ]
	g 'ethtool -K lan0 hw-tc-offload off'
	[ "$(g 'ethtool -k lan0 | grep "^hw-tc-offload:"')" = "hw-tc-offload: off" ]
	g 'ethtool -K lan0 hw-tc-offload on'
	# The client reaches the server through the router's ftsim ports.
	g 'ip netns exec client ping -c 1 -W 5 10.10.2.2' >/dev/null
}

@test "flags offload is accepted on ftsim ports and refused with 'Operation not supported' while hw-tc-offload is off" {
	ftsim_load
	load_offload_ruleset
	[ "$(summary "$(now)" bound_blocks)" = 2 ]
	# Turning the feature off under a bound flowtable is refused, as on real NICs.
	run g 'ethtool -K lan0 hw-tc-offload off'
	[ "$status" -ne 0 ]
	[[ $(g 'dmesg | tail -n 3') == *"remove it before turning hw-tc-offload off"* ]]

	g 'nft flush ruleset'
	[ "$(summary "$(now)" bound_blocks)" = 0 ]
	g 'ethtool -K wan0 hw-tc-offload off'
	run apply_offload_ruleset
	[ "$status" -ne 0 ]
	[[ $output == *"Error: Could not process rule: Operation not supported"* ]]
	snap=$(now)
	[ "$(port_stat "$snap" wan0 block_bind_refused_offload_off)" = 1 ]
	[ "$(summary "$snap" bound_blocks)" = 0 ]
	# Nothing half-applied: the file is atomic.
	[ -z "$(g 'nft list tables')" ]
}

@test "the agent's probe reports ftsim ports as hardware-offload capable and tells them from a port with hw-tc-offload off" {
	ftsim_load
	g 'ethtool -K wan0 hw-tc-offload off'
	out=$(echo 'p1 probe' | g 'sh /root/nft-offload-agent')
	ifs=$(printf '%s\n' "$out" | jq -c 'select(.id == "p1") | .data.interfaces[] | {name, driver, hw_tc_offload, hw: .hw_offload.supported}')
	echo "$ifs"
	[[ $ifs == *'{"name":"lan0","driver":"ftsim","hw_tc_offload":"on","hw":true}'* ]]
	[[ $ifs == *'{"name":"wan0","driver":"ftsim","hw_tc_offload":"off","hw":false}'* ]]
	# The dry run bound and unbound a throwaway flowtable: nothing stays bound.
	[ "$(summary "$(now)" bound_blocks)" = 0 ]
}

@test "software mode: a forwarded flow is [HW_OFFLOAD], the forward counter stays flat and the driver counts nothing" {
	ftsim_load hw_forward=0
	load_offload_ruleset
	traffic_start 1
	wait_flows 2 HW
	gsleep 2
	snap=$(now)
	traffic_stop
	read -r sport state ct_packets < <(flows "$snap" | head -n 1)
	rule_packets=$(rule_field "$snap" "$sport" packets)
	fwd=$(counter "$snap" forwarded)
	hw_flows=$(flows "$snap" | awk '$2 == "HW_OFFLOAD"' | wc -l)
	installed_lan0=$(port_stat "$snap" lan0 rules_installed)
	installed_wan0=$(port_stat "$snap" wan0 rules_installed)
	echo "flow $sport $state ct_packets=$ct_packets rule_packets=$rule_packets fwd=$fwd installed=$installed_lan0/$installed_wan0 hw_flows=$hw_flows"
	ftsim_figure software_mode "$state, conntrack $ct_packets packets, driver-counted 0 expected: $rule_packets, forward chain $fwd"
	[ "$state" = HW_OFFLOAD ]
	[ "$ct_packets" -gt 2000 ]
	[ "$fwd" -lt 100 ]
	# The software flowtable forwarded and counted; the driver must not count again.
	[ "$rule_packets" = 0 ]
	[ "$(port_stat "$snap" lan0 hw_fwd_packets)" = 0 ]
	# One entry per direction of each offloaded flow: repeated REPLACEs were updates.
	[ "$installed_lan0" = "$hw_flows" ]
	[ "$installed_wan0" = "$hw_flows" ]
	[ "$(port_stat "$snap" lan0 rule_update)" -gt 0 ]
}

@test "hardware mode: the stack sees no packet of the flow, driver counters rise, and the flow outlives nf_flowtable_tcp_timeout" {
	ftsim_load hw_forward=1
	load_offload_ruleset
	g 'sysctl -qw net.netfilter.nf_flowtable_tcp_timeout=3'
	traffic_start 1
	wait_flows 2 HW
	early=$(now)
	gsleep 7
	late=$(now)
	traffic_stop
	read -r sport _ _ < <(flows "$early" | head -n 1)
	read -r sport_late state ct_packets < <(flows "$late" | head -n 1)
	rule_packets_early=$(rule_field "$early" "$sport" packets)
	rule_packets=$(rule_field "$late" "$sport" packets)
	rule_age_ms=$(rule_field "$late" "$sport" age_ms)
	stack_early=$(counter "$early" stack_in)
	stack=$(counter "$late" stack_in)
	fwd=$(counter "$late" forwarded)
	echo "flow $sport/$sport_late $state ct_packets=$ct_packets rule_packets=$rule_packets_early->$rule_packets age_ms=$rule_age_ms stack=$stack_early->$stack fwd=$fwd"
	ftsim_figure hardware_mode "$state, driver forwarded $rule_packets_early->$rule_packets packets while lan0 ingress saw $stack_early->$stack; rule age ${rule_age_ms} ms with a 3 s timeout; conntrack $ct_packets"
	[ "$sport_late" = "$sport" ]
	[ "$state" = HW_OFFLOAD ]
	[ "$rule_packets" -gt $((rule_packets_early + 5000)) ]
	[ "$(port_stat "$late" lan0 hw_fwd_packets)" -ge "$rule_packets" ]
	# While the driver forwarded thousands of packets, lan0's ingress hook saw none of them.
	[ "$stack" = "$stack_early" ]
	[ "$fwd" -lt 50 ]
	# The same rule all along: more than twice the 3 s timeout, kept alive by FLOW_CLS_STATS lastused.
	[ "$rule_age_ms" -gt 6500 ]
	# Conntrack got the hardware deltas, and nothing twice.
	[ "$ct_packets" -ge $((rule_packets / 2)) ]
	[ "$ct_packets" -le $((rule_packets + stack)) ]
}

@test "hardware mode forwards NAT (masquerade) flows with rewritten addresses and valid checksums" {
	ftsim_load hw_forward=1
	{
		offload_ruleset
		printf '%s\n' 'table ip ftsim_nat {' \
			'	chain postrouting { type nat hook postrouting priority srcnat; policy accept; oifname "wan0" masquerade; }' '}'
	} | g 'nft -f -'
	traffic_start 1
	wait_flows 2 HW
	first=$(now)
	gsleep 3
	snap=$(now)
	traffic_stop
	read -r sport state _ < <(flows "$snap" | head -n 1)
	nat=$(rule_field "$snap" "$sport" nat)
	data_before=$(rule_field "$first" "$sport" packets)
	data=$(rule_field "$snap" "$sport" packets)
	acks_before=$(rule_field "$first" "$sport" packets wan0)
	acks=$(rule_field "$snap" "$sport" packets wan0)
	echo "flow $sport $state nat=$nat data=$data_before->$data acks=$acks_before->$acks"
	ftsim_figure hardware_nat "$state, data $data_before->$data, acks $acks_before->$acks packets"
	section "$snap" rules
	[ "$state" = HW_OFFLOAD ]
	[ "$nat" = 1 ]
	section "$snap" conntrack | grep -q "sport=$sport dport=5201 .*src=10.10.2.2 dst=10.10.2.1 sport=5201 dport=$sport"
	# The server keeps acknowledging new data, which it drops if a rewritten checksum is
	# wrong; its ACKs come back through hardware too (the reply rule undoes the NAT).
	[ "$data" -gt $((data_before + 2000)) ]
	[ "$acks" -gt $((acks_before + 200)) ]
}

@test "hardware mode forwards IPv6 flows" {
	ftsim_load hw_forward=1
	load_offload_ruleset
	traffic_start 1 tcp6
	wait_flows 2 HW
	gsleep 2
	snap=$(now)
	traffic_stop
	read -r sport state _ < <(flows "$snap" | head -n 1)
	section "$snap" rules
	[ "$state" = HW_OFFLOAD ]
	section "$snap" rules | grep -qF "src=[fd00:10:1::2]:$sport dst=[fd00:10:2::2]:5201"
	[ "$(port_stat "$snap" lan0 hw_fwd_packets)" -gt 2000 ]
}

@test "capacity: with table_size=2 and 5 flows exactly 2 are [HW_OFFLOAD], the rest [OFFLOAD], and the agent's stats show the split" {
	ftsim_load table_size=2
	load_offload_ruleset
	traffic_start 4
	wait_flows 5
	snap=$(now)
	# What the console reads: the agent's statistics stream shows the hardware/software split.
	# The agent's input stays open until the stream has ended (at most 60 s): at end of input the
	# agent ends its streams, and a fixed 5 s was too short for ssh and the first sample in CI.
	local out="$BATS_TEST_TMPDIR/agent-sample.out"
	: >"$out"
	# shellcheck disable=SC2094 # on purpose: the feeder reads what the agent has written so far
	{
		echo 's1 stats.stream interval=1 count=1'
		for _ in $(seq 300); do
			grep -q '"event":"end"' "$out" && break
			sleep 0.2
		done
	} | g 'sh /root/nft-offload-agent' >"$out"
	sample=$(jq -c 'select(.id == "s1" and .event == "sample") | .data.conntrack | [.offloaded_hw, .offloaded_sw]' "$out")
	traffic_stop
	all=$(flows "$snap")
	echo "$all"
	echo "agent sample [hw, sw]: $sample"
	ftsim_figure capacity_split "table_size=2, 5 flows: $(awk '$2 == "HW_OFFLOAD"' <<<"$all" | wc -l) HW_OFFLOAD, $(awk '$2 == "OFFLOAD"' <<<"$all" | wc -l) OFFLOAD; agent [hw,sw]=$sample"
	[ "$(wc -l <<<"$all")" = 5 ]
	[ "$(awk '$2 == "HW_OFFLOAD"' <<<"$all" | wc -l)" = 2 ]
	[ "$(awk '$2 == "OFFLOAD"' <<<"$all" | wc -l)" = 3 ]
	[ "$(port_stat "$snap" lan0 rules_installed)" = 2 ]
	[ "$(port_stat "$snap" lan0 rule_rejected_table_full)" -gt 0 ]
	[ "$sample" = "[2,3]" ]
}

@test "an atomic table replacement and an nft -c dry run work on ports in use" {
	ftsim_load
	load_offload_ruleset
	traffic_start 1
	wait_flows 2 HW
	# OpenWrt-style probe on a port that an offload flowtable already holds.
	printf '%s\n' 'table inet ftsim_probe {' \
		'	flowtable p { hook ingress priority 0; devices = { lan0 }; flags offload; }' '}' |
		g 'nft -c -f -'
	# The console's idiom: the new flowtable binds before the old one lets go.
	{ echo 'table inet ftsim_t {}'; echo 'delete table inet ftsim_t'; offload_ruleset | sed '/^table netdev/,$d'; } |
		g 'nft -f -'
	gsleep 2
	wait_flows 1 HW
	snap=$(now)
	traffic_stop
	flows "$snap"
	read -r _ state _ < <(flows "$snap" | head -n 1)
	[ "$state" = HW_OFFLOAD ]
	[ "$(summary "$snap" bound_blocks)" = 2 ]
	[ "$(port_stat "$snap" lan0 rules_flushed)" -gt 0 ]
}

@test "unloading the module with rules installed leaves no rule and no bound flow block" {
	ftsim_load
	load_offload_ruleset
	traffic_start 2
	wait_flows 3 HW
	live=$(summary "$(now)" live_rules)
	g 'rmmod ftsim'
	traffic_stop
	echo "live rules before unload: $live"
	ftsim_figure unload "$live live rules before rmmod; after: $(g 'dmesg | grep "ftsim: unloaded" | tail -n 1 | sed "s/^.*ftsim: //"')"
	[ "$live" -ge 6 ]
	[ "$(g 'dmesg | grep "ftsim: unloaded" | tail -n 1 | sed "s/^.*ftsim: //"')" = "unloaded, live_rules=0 bound_blocks=0" ]
	[ -z "$(g 'ls /sys/module | grep -x ftsim || true')" ]
	# The flowtable lost its devices with the ports; no flow claims hardware any more.
	[[ $(g 'nft list flowtable inet ftsim_t ft') != *devices* ]]
	snap=$(now)
	[ -z "$(flows "$snap" | awk '$2 == "HW_OFFLOAD"')" ]
}

@test "DKMS builds ftsim from kmod/ftsim/dkms.conf" {
	version=$(sed -n 's/^PACKAGE_VERSION="\(.*\)"$/\1/p' "$REPO/kmod/ftsim/dkms.conf")
	grep -q "#define FTSIM_DRV_VERSION	\"$version\"" "$REPO/kmod/ftsim/ftsim.h"
	d="$BATS_TEST_TMPDIR/dkms"
	mkdir -p "$d/src/ftsim-$version" "$d/tree" "$d/inst"
	cp "$REPO"/kmod/ftsim/{dkms.conf,Kbuild,Makefile,*.c,*.h} "$d/src/ftsim-$version/"
	dkms build -m ftsim -v "$version" -k "$("$LAB" kernel-release)" --kernelsourcedir "$KDIR" \
		--dkmstree "$d/tree" --sourcetree "$d/src" --installtree "$d/inst"
	ls "$d"/tree/ftsim/"$version"/*/*/module/ftsim.ko
}

@test "lab-topology.sh and lab-ftsim are shellcheck clean and refuse bad arguments" {
	shellcheck -s sh "$REPO/kmod/ftsim/lab-topology.sh"
	shellcheck "$REPO/kmod/ftsim/lab-ftsim"
	run "$REPO/kmod/ftsim/lab-ftsim" "$FTSIM_HOST" 'table_size=1;reboot'
	[ "$status" -ne 0 ]
	[[ $output == *"bad argument 'table_size=1;reboot'"* ]]
	run g 'sh /root/lab-topology.sh /root/ftsim.ko table_size=2x'
	[ "$status" -ne 0 ]
	[[ $output == *"table_size must be a number, got '2x'"* ]]
	run g 'sh /root/lab-topology.sh /root/ftsim.ko pairs=9'
	[ "$status" -ne 0 ]
	[[ $output == *"unknown argument 'pairs=9'"* ]]
	run g 'sh /root/lab-topology.sh /root/nonexistent.ko'
	[[ $output == *"cannot read module file '/root/nonexistent.ko'"* ]]
}
