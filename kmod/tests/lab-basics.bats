#!/usr/bin/env bats
# The QEMU lab: image cache, lifecycle, SSH with a pinned host key, and the
# router topology the agent and module tests rely on.

load helpers/lab

setup_file() {
	HOST=$(lab_host full)
	export HOST
}

teardown_file() {
	lab_stop_own
}

@test "lab scripts are shellcheck clean" {
	run shellcheck "$KMOD_DIR/lab/lab" "$KMOD_DIR"/lab/guest/boot "$KMOD_DIR"/lab/guest/init \
		"$KMOD_DIR"/lab/guest/lab-traffic "$KMOD_DIR"/lab/guest/lab-iperf3-server \
		"$KMOD_DIR/tests/run" "$KMOD_DIR/tests/helpers/lab.bash"
	echo "$output"
	[ "$status" -eq 0 ]
}

@test "a second image request reuses the cached image" {
	first=$(lab image --variant full)
	stamp=$(stat -c %Y "$first/initramfs.cpio")
	start=$SECONDS
	second=$(lab image --variant full)
	record_figure lab_image_warm_seconds $((SECONDS - start))
	[ "$first" = "$second" ]
	[ "$(stat -c %Y "$second/initramfs.cpio")" = "$stamp" ]
	[ -s "$second/vmlinuz" ]
	[ "$(cat "$second/kernel-release")" = "$(lab kernel-release)" ]
	record_figure lab_image_cold_seconds "$(cat "$second/build-seconds")"
}

@test "lab info names port, key, known_hosts and variant" {
	run lab info "$HOST"
	[ "$status" -eq 0 ]
	for key in port key known_hosts variant host_key kernel_release; do
		echo "$output" | grep -q "^$key=." || { echo "no $key= line in: $output"; return 1; }
	done
	echo "$output" | grep -qx 'variant=full'
	record_figure lab_boot_to_ssh_seconds "$(echo "$output" | sed -n 's/^boot_seconds=//p')"
	record_figure lab_accel "$(echo "$output" | sed -n 's/^accel=//p')"
}

@test "the guest host key is pinned: ssh refuses a different key" {
	port=$(lab info "$HOST" | sed -n 's/^port=//p')
	key=$(lab info "$HOST" | sed -n 's/^key=//p')
	host_key=$(lab info "$HOST" | sed -n 's/^host_key=//p')
	known=$(lab info "$HOST" | sed -n 's/^known_hosts=//p')
	grep -qF "[127.0.0.1]:$port $host_key" "$known"
	# The same key as the image's own public key file.
	[ "$(cut -d' ' -f1,2 "$(lab image --variant full)/ssh_host_ed25519_key.pub")" = "$host_key" ]
	ssh-keygen -q -t ed25519 -N '' -f "$BATS_TEST_TMPDIR/other"
	echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$BATS_TEST_TMPDIR/other.pub")" >"$BATS_TEST_TMPDIR/wrong_known_hosts"
	run ssh -i "$key" -o BatchMode=yes -o StrictHostKeyChecking=yes \
		-o UserKnownHostsFile="$BATS_TEST_TMPDIR/wrong_known_hosts" -p "$port" root@127.0.0.1 true
	[ "$status" -ne 0 ]
	[[ $output == *"REMOTE HOST IDENTIFICATION HAS CHANGED"* || $output == *"Host key verification failed"* ]]
}

@test "run-console.sh makes a stale known_hosts trust exactly the lab router's current key" {
	port=$(lab info "$HOST" | sed -n 's/^port=//p')
	key=$(lab info "$HOST" | sed -n 's/^key=//p')
	host_key=$(lab info "$HOST" | sed -n 's/^host_key=//p')
	ssh-keygen -q -t ed25519 -N '' -f "$BATS_TEST_TMPDIR/stale"
	stale=$(cut -d' ' -f1,2 "$BATS_TEST_TMPDIR/stale.pub")
	known="$BATS_TEST_TMPDIR/console/known_hosts"
	mkdir -p "${known%/*}"
	# What a wiped lab cache leaves behind: the old key, plain, hashed and among other names,
	# next to entries for other hosts and ports that must survive as they are.
	echo "[127.0.0.1]:$port $stale" >"$BATS_TEST_TMPDIR/hashed"
	ssh-keygen -q -H -f "$BATS_TEST_TMPDIR/hashed" >/dev/null 2>&1
	{
		echo "# kept comment"
		echo "[127.0.0.1]:$port $stale"
		echo "[127.0.0.1]:$((port + 1)) $stale"
		echo "router-a,[127.0.0.1]:$port $stale"
		cat "$BATS_TEST_TMPDIR/hashed"
		echo "[127.0.0.1]:${port}0 $stale"
	} >"$known"
	ssh_lab() {
		ssh -i "$key" -o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile="$known" \
			-p "$port" root@127.0.0.1 true
	}
	run ssh_lab
	[ "$status" -ne 0 ]
	[[ $output == *"REMOTE HOST IDENTIFICATION HAS CHANGED"* ]]

	run bash -c 'source "$1" && trust_lab_host_key "$2" "$3" "$4"' _ "$KMOD_DIR/../run-console.sh" \
		"$known" "[127.0.0.1]:$port" "$host_key"
	echo "$output"
	[ "$status" -eq 0 ]
	fingerprint=$(ssh-keygen -l -f - <<<"$host_key" | awk '{print $2}')
	[ "$output" = "trusting the lab router's key $fingerprint for [127.0.0.1]:$port" ]
	run ssh_lab
	echo "$output"
	[ "$status" -eq 0 ]
	# Exactly one entry for the host, with the lab's key; everything else as it was.
	[ "$(ssh-keygen -F "[127.0.0.1]:$port" -f "$known" | grep -vc '^#')" -eq 1 ]
	diff - "$known" <<-EOF
		# kept comment
		[127.0.0.1]:$((port + 1)) $stale
		router-a $stale
		[127.0.0.1]:${port}0 $stale
		[127.0.0.1]:$port $host_key
	EOF
}

@test "guest has the expected userland: dash as sh, iproute2's ip, nft, conntrack, ethtool, iperf3" {
	run lab ssh "$HOST" 'readlink /bin/sh; readlink -f "$(command -v ip)"; ip -V; nft --version;
		conntrack --version; ethtool --version; iperf3 --version | head -n1; command -v modprobe insmod;
		test -r /proc/net/nf_conntrack && echo conntrack-procfs; sysctl -n net.ipv4.ip_forward; uname -r'
	echo "$output"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = dash ]
	[ "${lines[1]}" = /bin/ip ]
	[[ $output == *iproute2* ]]
	[[ $output == *"nftables v1."* ]]
	[[ $output == *"conntrack v1."* ]]
	[[ $output == *"ethtool version"* ]]
	[[ $output == *"iperf 3."* ]]
	[[ $output == *conntrack-procfs* ]]
	[ "${lines[${#lines[@]} - 2]}" = 1 ]
	[ "${lines[${#lines[@]} - 1]}" = "$(lab kernel-release)" ]
}

@test "client and server namespaces route through lan0 and wan0" {
	run lab ssh "$HOST" 'ip -br addr show lan0; ip -br addr show wan0;
		ip netns exec client ping -c1 -W2 10.10.2.2 >/dev/null && echo v4-ok;
		ip netns exec client ping -c1 -W2 fd00:10:2::2 >/dev/null && echo v6-ok'
	echo "$output"
	[ "$status" -eq 0 ]
	[[ ${lines[0]} == lan0*10.10.1.1/24* ]]
	[[ ${lines[1]} == wan0*10.10.2.1/24* ]]
	[[ $output == *v4-ok* ]]
	[[ $output == *v6-ok* ]]
}

@test "lab-traffic sends iperf3 traffic across the router" {
	run lab ssh "$HOST" 'before=$(cat /sys/class/net/lan0/statistics/rx_bytes);
		lab-traffic 2 1 tcp --json >/tmp/t.json || exit 1;
		after=$(cat /sys/class/net/lan0/statistics/rx_bytes); echo "delta=$((after - before))";
		grep -c bits_per_second /tmp/t.json'
	echo "$output"
	[ "$status" -eq 0 ]
	delta=$(echo "$output" | sed -n 's/^delta=//p')
	[ "$delta" -gt 1000000 ]
	run lab ssh "$HOST" lab-traffic abc
	[ "$status" -eq 2 ]
	[[ $output == *"SECONDS must be a whole number"* ]]
}

@test "a flowtable offloads forwarded flows on the full variant" {
	assert_offload_works "$HOST"
}

@test "hardware offload on veth is refused with Operation not supported" {
	run lab ssh "$HOST" 'printf "table inet hwtest {\n flowtable ft {\n hook ingress priority 0; devices = { lan0, wan0 }; flags offload;\n }\n}\n" | nft -c -f -'
	echo "$output"
	[ "$status" -ne 0 ]
	[[ $output == *"Operation not supported"* ]]
}

@test "copy and fetch move files over SFTP unchanged" {
	head -c 300000 /dev/urandom >"$BATS_TEST_TMPDIR/blob"
	lab copy "$HOST" "$BATS_TEST_TMPDIR/blob" /tmp/blob
	lab fetch "$HOST" /tmp/blob "$BATS_TEST_TMPDIR/blob.back"
	cmp "$BATS_TEST_TMPDIR/blob" "$BATS_TEST_TMPDIR/blob.back"
	[ "$(lab ssh "$HOST" sha256sum /tmp/blob | cut -d' ' -f1)" = "$(sha256sum "$BATS_TEST_TMPDIR/blob" | cut -d' ' -f1)" ]
}

@test "lab exec passes each argument as one word" {
	run lab exec "$HOST" printf '%s|' 'a b' '$(id)' "it's" ';true'
	[ "$status" -eq 0 ]
	[ "$output" = "a b|\$(id)|it's|;true|" ]
}

@test "user ops has passwordless sudo, user nosudo has none" {
	port=$(lab info "$HOST" | sed -n 's/^port=//p')
	key=$(lab info "$HOST" | sed -n 's/^key=//p')
	known=$(lab info "$HOST" | sed -n 's/^known_hosts=//p')
	opts=(-i "$key" -o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile="$known" -p "$port")
	run ssh "${opts[@]}" ops@127.0.0.1 'id -un; sudo -n id -u'
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = ops ]
	[ "${lines[1]}" = 0 ]
	run ssh "${opts[@]}" nosudo@127.0.0.1 'id -un; sudo -n id -u'
	[ "$status" -ne 0 ]
	[ "${lines[0]}" = nosudo ]
	[[ $output == *"password is required"* ]]
}

@test "bad names and unknown hosts get clear errors" {
	run lab start 'bad;name'
	[ "$status" -ne 0 ]
	[[ $output == *"bad host name 'bad;name'"* ]]
	run lab ssh no-such-host true
	[ "$status" -ne 0 ]
	[[ $output == *"lab host 'no-such-host' is not running"* ]]
	run lab start x --variant huge
	[ "$status" -ne 0 ]
	[[ $output == *"bad variant 'huge'"* ]]
	run lab start "$HOST"
	[ "$status" -ne 0 ]
	[[ $output == *"already runs on port"* ]]
}

@test "start on a chosen port, list, and stop" {
	name="life-$$"
	port=$((46000 + RANDOM % 4000))
	echo "$name" >>"$BATS_FILE_TMPDIR/own-lab-hosts"
	run lab start "$name" --port "$port" --mem 512
	echo "$output"
	[ "$status" -eq 0 ]
	[ "${lines[${#lines[@]} - 1]}" = "$port" ]
	lab list | grep -q "^$name	running	port=$port	variant=full$"
	pid=$(lab info "$name" | sed -n 's/^pid=//p')
	lab stop "$name"
	! kill -0 "$pid" 2>/dev/null
	! lab list | grep -q "^$name	"
	run lab ssh "$name" true
	[ "$status" -ne 0 ]
}

@test "a guest that does not answer SSH in time is stopped, with the serial log in the error" {
	name="slow-$$"
	echo "$name" >>"$BATS_FILE_TMPDIR/own-lab-hosts"
	NFTO_LAB_BOOT_TIMEOUT=6 run lab start "$name"
	echo "$output"
	[ "$status" -ne 0 ]
	[[ $output == *"'$name' did not answer SSH on 127.0.0.1:"*"within 6s"* ]]
	[[ $output == *"serial log tail:"* ]]
	[[ $output == *"lab log $name"* ]]
	run lab list
	[[ $output == *"$name	stopped	"* ]]
	! pgrep -f "nfto-lab-$name " >/dev/null
}

@test "lab reboot keeps /etc on the guest's disk, the port and the host key, and boot honours what /etc asks" {
	name="reboot-$$"
	echo "$name" >>"$BATS_FILE_TMPDIR/own-lab-hosts"
	lab start "$name" --mem 512 >/dev/null
	port=$(lab info "$name" | sed -n 's/^port=//p')
	pid=$(lab info "$name" | sed -n 's/^pid=//p')
	[ "$(lab ssh "$name" "mount | sed -n 's/ type .*//p' | grep ' on /etc$'")" = '/dev/vda on /etc' ]
	# what a tool persists in /etc, and what only lives until the reboot
	lab ssh "$name" 'echo kept >/etc/lab-reboot-marker; echo lost >/root/lab-reboot-marker
		echo dummy >/etc/modules-load.d/lab-test.conf
		echo "net.netfilter.nf_conntrack_acct = 1" >/etc/sysctl.d/95-lab-test.conf
		mkdir -p /etc/rc2.d /etc/init.d
		printf "#!/bin/sh\n[ \"\$1\" = start ] && touch /run/lab-rc-ran\n" >/etc/init.d/lab-test
		chmod 755 /etc/init.d/lab-test; ln -s ../init.d/lab-test /etc/rc2.d/S50lab-test'
	[ "$(lab ssh "$name" cat /proc/sys/net/netfilter/nf_conntrack_acct)" = 0 ]
	run lab reboot "$name"
	echo "$output"
	[ "$status" -eq 0 ]
	seconds=$(echo "$output" | sed -n 's/^reboot_seconds=//p')
	[ -n "$seconds" ]
	record_figure lab_reboot_seconds "$seconds"
	# a new QEMU on the same port, the same pinned host key (lab ssh checks it)
	[ "$(lab info "$name" | sed -n 's/^pid=//p')" != "$pid" ]
	[ "$(lab info "$name" | sed -n 's/^port=//p')" = "$port" ]
	[ "$(lab ssh "$name" cat /etc/lab-reboot-marker)" = kept ]
	[ "$(lab ssh "$name" 'cat /root/lab-reboot-marker 2>/dev/null || echo gone')" = gone ]
	[ "$(lab ssh "$name" cat /proc/sys/net/netfilter/nf_conntrack_acct)" = 1 ]
	lab ssh "$name" 'grep -q "^dummy " /proc/modules'
	lab ssh "$name" 'test -e /run/lab-rc-ran'
	# the router is whole again: its namespaces route through it
	lab ssh "$name" 'ip netns exec client ping -c 1 -W 5 10.10.2.2 >/dev/null'
	lab stop "$name"
}
