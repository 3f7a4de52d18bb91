# shellcheck shell=bash
# Helpers for kmod/tests/{lab,kmod}-*.bats and any other file that needs a
# lab host (load with `load helpers/lab`).
#
# kmod/tests/run starts one full and one bare guest for the whole suite and
# exports their names in NFTO_LAB_SHARED_FULL / NFTO_LAB_SHARED_BARE. A bats
# file run on its own starts what it needs and stops it in teardown_file.

KMOD_DIR=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
LAB="$KMOD_DIR/lab/lab"

lab() { "$LAB" "$@"; }

# lab_host VARIANT: print the name of a running guest of that variant.
lab_host() {
	local variant=$1 shared name
	case "$variant" in
	full) shared=${NFTO_LAB_SHARED_FULL:-} ;;
	bare) shared=${NFTO_LAB_SHARED_BARE:-} ;;
	*) echo "lab_host: variant must be full or bare" >&2; return 2 ;;
	esac
	if [ -n "$shared" ]; then
		"$LAB" info "$shared" >/dev/null || { echo "shared lab host '$shared' is not running" >&2; return 1; }
		echo "$shared"
		return
	fi
	name="bats-$variant-$$"
	if ! "$LAB" info "$name" >/dev/null 2>&1; then
		"$LAB" start "$name" --variant "$variant" >/dev/null || return 1
		echo "$name" >>"$BATS_FILE_TMPDIR/own-lab-hosts"
	fi
	echo "$name"
}

# lab_stop_own: stop the guests this file started (call from teardown_file).
lab_stop_own() {
	local name
	[ -f "$BATS_FILE_TMPDIR/own-lab-hosts" ] || return 0
	while read -r name; do
		"$LAB" stop "$name" >/dev/null 2>&1 || true
	done <"$BATS_FILE_TMPDIR/own-lab-hosts"
	rm -f "$BATS_FILE_TMPDIR/own-lab-hosts"
}

# record_figure KEY VALUE: keep a measured figure for the runner's report.
record_figure() {
	[ -n "${NFTO_TEST_FIGURES:-}" ] && echo "$1=$2" >>"$NFTO_TEST_FIGURES"
	echo "# figure: $1=$2" >&3
}

# flowtable_ruleset: a table that offloads forwarded TCP/UDP between the
# guest's lan0 and wan0 and counts what still takes the slow path.
flowtable_ruleset() {
	cat <<-'NFT'
		table inet kmodtest {
			flowtable ft {
				hook ingress priority 0; devices = { lan0, wan0 }; counter;
			}
			chain forward {
				type filter hook forward priority 0; policy accept;
				ip protocol { tcp, udp } flow add @ft
				counter
			}
		}
	NFT
}

# assert_offload_works HOST: apply the flowtable, run traffic, and check that
# conntrack shows [OFFLOAD] flows while the forward counter stays nearly flat.
assert_offload_works() {
	local host=$1 out offloaded packets
	flowtable_ruleset >"$BATS_TEST_TMPDIR/ft.nft"
	"$LAB" copy "$host" "$BATS_TEST_TMPDIR/ft.nft" /tmp/kmodtest.nft
	# shellcheck disable=SC2016 # expanded by the guest's shell
	out=$("$LAB" ssh "$host" 'nft delete table inet kmodtest 2>/dev/null; nft -f /tmp/kmodtest.nft &&
		{ lab-traffic 8 2 >/tmp/kmodtest-traffic.log 2>&1 & } ; sleep 4;
		echo "offloaded=$(grep -c "\[OFFLOAD\]" /proc/net/nf_conntrack)";
		echo "conntrack_offloaded=$(conntrack -L 2>/dev/null | grep -c "\[OFFLOAD\]")"; wait;
		echo "forward_packets=$(nft list chain inet kmodtest forward | sed -n "s/.*counter packets \([0-9]*\).*/\1/p")";
		echo "received=$(grep -c receiver /tmp/kmodtest-traffic.log)";
		nft delete table inet kmodtest')
	echo "$out"
	offloaded=$(echo "$out" | sed -n 's/^offloaded=//p')
	packets=$(echo "$out" | sed -n 's/^forward_packets=//p')
	[ "$(echo "$out" | sed -n 's/^received=//p')" -ge 1 ] || { echo "iperf3 did not finish" >&2; return 1; }
	[ "$offloaded" -ge 1 ] || { echo "no [OFFLOAD] flows in /proc/net/nf_conntrack" >&2; return 1; }
	[ "$(echo "$out" | sed -n 's/^conntrack_offloaded=//p')" -ge 1 ] || { echo "conntrack -L shows no [OFFLOAD] flow" >&2; return 1; }
	# Only the handshake before offload is counted; a slow path would count
	# hundreds of thousands of packets for 8 s of iperf3.
	[ "$packets" -lt 1000 ] || { echo "forward chain counted $packets packets: traffic was not offloaded" >&2; return 1; }
}
