#!/usr/bin/env bats
# The host agent against a real Debian 6.1 router under QEMU (kmod/lab): real flowtables, real
# offloaded flows, the commit-confirm timer surviving a killed SSH connection, and the
# hardware-offload answer of a veth device.

bats_require_minimum_version 1.5.0

load agent-helpers/common
load agent-helpers/lab

setup_file() {
	agent_ensure_packages
	lab_host_up full FULL_HOST
	export FULL_HOST
}

teardown_file() {
	lab_hosts_down
}

setup() {
	# Every test starts from a router without the console's table, pending state or boot copy.
	guest "$FULL_HOST" "nft delete table inet nftoffload 2>/dev/null; rm -rf /run/nft-offload-agent $persisted_files; true"
}

# What ruleset.persist writes on the lab (no systemd: an LSB script and rc links).
persisted_files='/etc/nft-offload /etc/init.d/nft-offload-ruleset /etc/rc2.d/S99nft-offload-ruleset /etc/rc3.d/S99nft-offload-ruleset /etc/rc4.d/S99nft-offload-ruleset /etc/rc5.d/S99nft-offload-ruleset'

teardown() {
	session_end
}

@test "lab: probe reports kernel 6.1, the flow offload modules and veth's hardware answer" {
	session_start "$FULL_HOST"
	send "p1 probe"
	wait_for '.id == "p1"' 120
	[ "$(reply p1 .ok)" = true ]
	[[ $(reply_raw p1 .data.kernel.release) == 6.1.* ]]
	for m in nf_flow_table nf_flow_table_inet nft_flow_offload; do
		state=$(reply p1 ".data.modules.$m")
		[[ $state == '"available"' || $state == '"loaded"' ]]
	done
	[ "$(reply p1 '.data.interfaces[] | select(.name == "lan0") | .hw_offload.supported')" = false ]
	[ "$(reply p1 '.data.interfaces[] | select(.name == "lan0") | .hw_offload.message')" = \
		'"hardware offload not supported by driver veth on lan0; use a software flowtable (no '"'"'flags offload'"'"') on this device"' ]
	[ "$(reply p1 '.data.interfaces[] | select(.name == "eth0") | .driver')" = '"virtio_net"' ]
	[ "$(reply p1 '.data.sysctl."net.netfilter.nf_flowtable_udp_timeout"')" -gt 0 ]
	[ "$(reply p1 .data.os.id)" = '"debian"' ]
}

@test "lab: offloaded flows show in stats while the forward-chain counter stays flat" {
	session_start "$FULL_HOST"
	send "s0 sysctl.set name=net.netfilter.nf_conntrack_timestamp value=1 persist=no"
	send "s1 apply ruleset=$(b64 "$(flowtable_ruleset)") timeout=60"
	wait_for '.id == "s1"'
	send "s2 confirm generation=$(reply_raw s1 .data.generation)"
	wait_for '.id == "s2"'
	[ "$(reply s1 .ok)" = true ]
	[ "$(reply s2 .ok)" = true ]
	send "s3 stats.stream interval=2 devices=lan0,wan0"
	wait_for '.id == "s3" and .event == "sample" and .seq == 2' 60
	guest "$FULL_HOST" lab-traffic 6 2 >/dev/null
	seq_after=$(jq -s '[.[] | select(.event == "sample") | .seq] | max' "$SESSION_OUT")
	wait_for ".id == \"s3\" and .event == \"sample\" and .seq == $((seq_after + 1))" 60
	send "s4 stop target=s3"
	wait_for '.id == "s4"'
	samples=$(jq -c 'select(.id == "s3" and .event == "sample")' "$SESSION_OUT")
	before=$(printf '%s\n' "$samples" | sed -n 2p)
	after=$(printf '%s\n' "$samples" | tail -n 1)
	max_offloaded=$(printf '%s\n' "$samples" | jq -s '[.[].data.conntrack.offloaded_sw] | max')
	fwd_delta=$(($(jq .data.forward.packets <<<"$after") - $(jq .data.forward.packets <<<"$before")))
	lan_delta=$(($(jq .data.devices.lan0.rx_packets <<<"$after") - $(jq .data.devices.lan0.rx_packets <<<"$before")))
	new_total=$(printf '%s\n' "$samples" | jq -s '[.[].data.conntrack.new // 0] | add')
	agent_figure offload_test "offloaded_sw max=$max_offloaded, forward-chain packets +$fwd_delta while lan0 rx +$lan_delta, new flows $new_total"
	[ "$max_offloaded" -gt 0 ]
	# iperf3 under TCG moves at least tens of thousands of packets in 6 s; 2000 leaves room
	[ "$lan_delta" -gt 2000 ]
	# only the first packets of each flow take the slow path: a handful, not thousands
	[ "$fwd_delta" -lt 100 ]
	[ "$new_total" -ge 2 ]
	[ "$(reply s4 .ok)" = true ]
	[ "$(jq -c 'select(.id == "s3" and .event == "end") | .data.reason' "$SESSION_OUT")" = '"stopped"' ]
}

@test "lab: apply without confirm is rolled back within timeout + 2 s after the SSH connection is killed" {
	guest "$FULL_HOST" 'nft add table inet nftoffload; nft add chain inet nftoffload previous_chain'
	before=$(guest "$FULL_HOST" nft list table inet nftoffload)
	session_start "$FULL_HOST"
	send "k1 apply ruleset=$(b64 "$(flowtable_ruleset)") timeout=10"
	wait_for '.id == "k1"'
	[ "$(reply k1 .ok)" = true ]
	deadline=$(reply k1 .data.deadline)
	guest "$FULL_HOST" nft list table inet nftoffload | grep -q 'flowtable ft'
	# Kill the SSH client hard: the connection dies, the agent loses its stdin and stdout.
	kill -KILL "$SESSION_PID"
	session_end
	# The guest waits until the previous table is back; the timer's record says when it restored
	# it (guest clock, same as the deadline); the wait is bounded (600 polls of at least 0.2 s). The first can only be later (an SSH login to a
	# loaded TCG guest takes seconds), so it bounds what the record says.
	seen_at=$(guest "$FULL_HOST" 'n=0; while ! nft list table inet nftoffload | grep -q previous_chain && [ $n -lt 600 ]; do sleep 0.2; n=$((n + 1)); done; date +%s')
	restored_at=$(guest "$FULL_HOST" 'cut -d" " -f2 /run/nft-offload-agent/last-rollback')
	agent_figure rollback_after_killed_ssh "restored $((restored_at - deadline)) s after the deadline, seen $((seen_at - deadline)) s after (timeout 10 s)"
	[ "$restored_at" -le "$seen_at" ]
	[ "$restored_at" -le $((deadline + 2)) ]
	[ "$(guest "$FULL_HOST" nft list table inet nftoffload)" = "$before" ]
	# no agent process is left but none was needed: the timer finished too
	[ "$(guest "$FULL_HOST" 'cat /run/nft-offload-agent/last-rollback')" != "" ]
}

@test "lab: on a router without flock, an apply waits for a live lock holder and a late confirm confirms nothing" {
	# The lab router's userland has no flock(1): the agent's pid-file lock is what runs here.
	run ! guest "$FULL_HOST" 'command -v flock'
	guest "$FULL_HOST" 'nft add table inet nftoffload; nft add chain inet nftoffload previous_chain'
	before=$(guest "$FULL_HOST" nft list table inet nftoffload)
	# the agent waits 5 s for the lock instead of 30 (the wait's length is tested without the lab)
	SESSION_AGENT_ENV=NFTOA_TXN_WAIT=5 session_start "$FULL_HOST"
	send "g1 apply ruleset=$(b64 "$(flowtable_ruleset)") timeout=600"
	wait_for '.id == "g1"'
	g1=$(reply_raw g1 .data.generation)
	[ "$(reply g1 .data.timer)" = '"detached"' ]
	# a live agent process holds the lock: confirm waits its 5 s and answers txn_busy
	guest "$FULL_HOST" 'bash -c "exec -a nft-offload-agent sleep 120" </dev/null >/dev/null 2>&1 & echo $! >/run/nft-offload-agent/txn.lock'
	send "g2 confirm generation=$g1"
	wait_for '.id == "g2"' 30
	[ "$(reply g2 .code)" = '"txn_busy"' ]
	guest "$FULL_HOST" 'kill $(cat /run/nft-offload-agent/txn.lock)'
	# another console's late confirm (a generation of its own) confirms nothing
	send "g3 confirm generation=1700000000-1-other"
	wait_for '.id == "g3"'
	[ "$(reply g3 .code)" = '"generation_mismatch"' ]
	send "g4 rollback generation=$g1"
	wait_for '.id == "g4"'
	[ "$(reply g4 .ok)" = true ]
	[ "$(guest "$FULL_HOST" nft list table inet nftoffload)" = "$before" ]
	[ "$(guest "$FULL_HOST" 'test -e /run/nft-offload-agent/txn.lock && echo locked')" = "" ]
}

@test "lab: hardware offload on veth is refused with the driver named and nothing applied" {
	session_start "$FULL_HOST"
	send "h1 apply ruleset=$(b64 "$(flowtable_ruleset 'flags offload')") timeout=30"
	wait_for '.id == "h1"'
	[ "$(reply h1 .ok)" = false ]
	[ "$(reply h1 .code)" = '"hw_offload_unsupported"' ]
	reply_raw h1 .message | grep -q 'hardware offload not supported by driver veth on lan0'
	reply_raw h1 .message | grep -q 'hardware offload not supported by driver veth on wan0'
	reply_raw h1 .stderr | grep -q 'Operation not supported'
	run ! guest "$FULL_HOST" nft list table inet nftoffload
	[ "$(guest "$FULL_HOST" 'test -e /run/nft-offload-agent/pending && echo pending')" = "" ]
}

@test "lab: hostile requests are refused and change nothing on the router" {
	guest "$FULL_HOST" 'nft add table inet nftoffload; rm -f /tmp/PWNED'
	before=$(guest "$FULL_HOST" 'nft list ruleset; sysctl -n net.ipv4.ip_forward')
	session_start "$FULL_HOST"
	send 'x1 apply table=nftoffload;nft${IFS}flush${IFS}ruleset'
	send 'x2 stats.stream devices=$(touch${IFS}/tmp/PWNED)'
	send "x3 sysctl.set name=net.ipv4.ip_forward value=0'"
	send "x4 apply ruleset=$(b64 'flush ruleset')"
	send "x5 apply ruleset=$(b64 'table inet nftoffload { }
table ip nat { }')"
	send "x6 module.build ksrc=/tmp/../etc"
	send 'x7 probe hw=`touch /tmp/PWNED`'
	send "x8 stats.stream devices=$(printf 'a%.0s' $(seq 1 40))"
	send "x9 hello"
	wait_for '.id == "x9"'
	for id in x1 x2 x3 x4 x5 x6 x7 x8; do
		[ "$(reply $id .ok)" = false ]
	done
	[ "$(guest "$FULL_HOST" 'nft list ruleset; sysctl -n net.ipv4.ip_forward')" = "$before" ]
	[ "$(guest "$FULL_HOST" 'test -e /tmp/PWNED && echo PWNED')" = "" ]
}

@test "lab: through sudo -n as the ops user, and a clear answer without sudo rights" {
	SESSION_OUT="$BATS_TEST_TMPDIR/ops.out"
	guest "$FULL_HOST" "cp $GUEST_AGENT /tmp/nft-offload-agent && chmod 755 /tmp/nft-offload-agent"
	lab_ssh_opts "$FULL_HOST"
	ssh_opts=("${LAB_SSH_OPTS[@]}")
	printf '%s\n' "o1 hello" "o2 ruleset.get format=text" |
		ssh "${ssh_opts[@]}" ops@127.0.0.1 sudo -n sh /tmp/nft-offload-agent >"$SESSION_OUT"
	[ "$(reply o1 .data.root)" = true ]
	[ "$(reply o2 .ok)" = true ]
	out=$(printf '%s\n' "n1 hello" | ssh "${ssh_opts[@]}" nosudo@127.0.0.1 sh /tmp/nft-offload-agent)
	[ "$(jq .data.root <<<"$out")" = false ]
	out=$(printf '%s\n' "n2 apply ruleset=$(b64 'table inet nftoffload { }')" | ssh "${ssh_opts[@]}" nosudo@127.0.0.1 sh /tmp/nft-offload-agent)
	[ "$(jq -r .code <<<"$out")" = not_root ]
}

@test "lab: modules load and unload through the agent" {
	session_start "$FULL_HOST"
	send "m1 module.load"
	wait_for '.id == "m1"'
	[ "$(reply m1 .ok)" = true ]
	[ "$(reply m1 .data.modules.nft_flow_offload)" = '"loaded"' ]
	send "m2 module.unload"
	wait_for '.id == "m2"'
	[ "$(reply m2 .ok)" = true ]
	[ "$(reply m2 .data.modules.nf_flow_table)" = '"available"' ]
	send "m3 module.build"
	wait_for '.id == "m3"'
	# the lab router has no compiler, headers or kernel source: the answer names what is missing
	[ "$(reply m3 .ok)" = false ]
	[[ $(reply_raw m3 .code) =~ ^(no_package|no_headers|no_compiler|no_source)$ ]]
	[ "$(reply m3 '.message | length')" -gt 30 ]
	send "m4 module.load"
	wait_for '.id == "m4"'
	[ "$(reply m4 .ok)" = true ]
}

@test "lab: ruleset.persist makes the boot's rc2.d script load the confirmed flowtable; enable=no removes it" {
	session_start "$FULL_HOST"
	send "k1 apply ruleset=$(b64 "$(flowtable_ruleset)") timeout=60"
	wait_for '.id == "k1"'
	send "k2 confirm generation=$(reply_raw k1 .data.generation)"
	wait_for '.id == "k2"'
	send "k3 ruleset.persist enable=yes generation=$(reply_raw k1 .data.generation)"
	wait_for '.id == "k3"'
	[ "$(reply k3 .ok)" = true ] || { reply k3 . >&2; false; }
	[ "$(reply k3 .data.boot)" = '"sysvinit"' ]
	# what the lab's boot runs (and Debian's sysvinit would): the table comes back whole, once
	guest "$FULL_HOST" 'nft delete table inet nftoffload && /etc/rc2.d/S99nft-offload-ruleset start && /etc/rc2.d/S99nft-offload-ruleset start'
	[ "$(guest "$FULL_HOST" nft list table inet nftoffload | grep -c 'flowtable ')" = 1 ]
	guest "$FULL_HOST" 'nft list table inet nftoffload' | grep -q 'devices = { lan0, wan0 }'
	send "k4 ruleset.persist enable=no"
	wait_for '.id == "k4"'
	[ "$(reply k4 .ok)" = true ]
	[ "$(reply k4 '.data.removed | length')" = 6 ]
	guest "$FULL_HOST" "for f in $persisted_files; do if [ -e \$f ] || [ -L \$f ]; then echo left: \$f; exit 1; fi; done"
}

@test "lab: every shared transcript in docs/agent-transcripts replays against the agent" {
	export LAB LAB_HOST=$FULL_HOST
	for transcript in "$AGENT_REPO"/docs/agent-transcripts/*.transcript; do
		guest "$FULL_HOST" 'nft delete table inet nftoffload 2>/dev/null; rm -rf /run/nft-offload-agent; true'
		run "$BATS_TEST_DIRNAME/agent-helpers/transcript" check "$transcript" -- "$LAB" ssh "$FULL_HOST" sh "$GUEST_AGENT"
		[ "$status" -eq 0 ] || { echo "$output" >&2; false; }
	done
}

@test "lab: module.build (here, for the lab kernel) and module.load in a bare router make flowtables work" {
	lab_host_up bare BARE_HOST
	kver=$("$LAB" kernel-release)
	kdir=$("$LAB" kernel-headers)
	ksrc=$("$LAB" kernel-source)
	# This machine plays the build host: the agent builds with kmod/Makefile for the lab kernel.
	build_state="$BATS_TEST_TMPDIR/build-state"
	start=$SECONDS
	output=$(printf '%s\n' "b1 module.build kver=$kver kdir=$kdir ksrc=$ksrc pkg=$AGENT_REPO/kmod" |
		NFTOA_STATE_DIR="$build_state" nice dash "$AGENT")
	build_seconds=$((SECONDS - start))
	[ "$(response b1 .ok)" = true ] || { echo "$output" | jq . >&2; false; }
	[ "$(response b1 '.data.modules | sort')" = '["nf_flow_table.ko","nf_flow_table_inet.ko","nft_flow_offload.ko"]' ]
	agent_figure module_build_seconds "$build_seconds"
	# Upload what it built to where the router's agent keeps built modules.
	guest "$BARE_HOST" "nft delete table inet nftoffload 2>/dev/null; rm -rf /run/nft-offload-agent; mkdir -p /run/nft-offload-agent/modules/$kver $GUEST_AGENT_DIR"
	"$LAB" copy "$BARE_HOST" "$AGENT" "$GUEST_AGENT" >/dev/null
	for ko in "$build_state/modules/$kver"/*.ko; do
		"$LAB" copy "$BARE_HOST" "$ko" "/run/nft-offload-agent/modules/$kver/${ko##*/}" >/dev/null
	done
	session_start "$BARE_HOST"
	send "b2 probe hw=no"
	send "b3 apply ruleset=$(b64 "$(flowtable_ruleset)") timeout=60"
	send "b4 module.load"
	send "b5 apply ruleset=$(b64 "$(flowtable_ruleset)") timeout=60"
	wait_for '.id == "b5"' 120
	send "b6 confirm generation=$(reply_raw b5 .data.generation)"
	wait_for '.id == "b6"' 120
	# bare: no flowtable modules until the built ones are loaded
	[ "$(reply b2 .data.modules.nft_flow_offload)" = '"built"' ]
	[ "$(reply b3 .code)" = '"nft_rejected"' ]
	[ "$(reply b4 .ok)" = true ] || { reply b4 . >&2; false; }
	[ "$(reply b4 .data.modules)" = '{"nf_flow_table":"loaded","nf_flow_table_inet":"loaded","nft_flow_offload":"loaded"}' ]
	[ "$(reply b5 .ok)" = true ]
	[ "$(reply b6 .ok)" = true ]
	send "b7 stats.stream interval=2 devices=lan0,wan0"
	wait_for '.id == "b7" and .event == "sample"' 60
	guest "$BARE_HOST" lab-traffic 4 >/dev/null
	seq_after=$(jq -s '[.[] | select(.event == "sample") | .seq] | max' "$SESSION_OUT")
	wait_for ".id == \"b7\" and .event == \"sample\" and .seq == $((seq_after + 1))" 60
	send "b8 stop"
	wait_for '.id == "b8"'
	[ "$(jq -s '[.[] | select(.event == "sample") | .data.conntrack.offloaded_sw] | max' "$SESSION_OUT")" -gt 0 ]
	session_end
	# Leave the shared bare router as it was: no table, modules unloaded, no built modules.
	guest "$BARE_HOST" 'nft delete table inet nftoffload'
	printf '%s\n' "b9 module.unload" | guest "$BARE_HOST" sh "$GUEST_AGENT" | jq -e '.ok' >/dev/null
	guest "$BARE_HOST" 'rm -rf /run/nft-offload-agent'
}
