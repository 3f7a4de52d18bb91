#!/bin/sh
# lab-topology.sh: run inside a lab guest (as root) to give its router
# simulated hardware-offload ports. It loads ftsim.ko and rebuilds the lab's
# client/server namespaces over ftsim pairs instead of veth, keeping the
# lab's names and addresses, so everything else (lab-traffic, the agent,
# nft rules naming lan0/wan0) works unchanged:
#
#   client: eth0 (ftsim0b) 10.10.1.2 -- lan0 (ftsim0a) [router] wan0 (ftsim1a)
#           -- eth0 (ftsim1b) 10.10.2.2 :server
#
# Usage: lab-topology.sh FTSIM_KO [table_size=N] [hw_forward=0|1]
# Run it again to change parameters: it unloads ftsim first (which also
# drops every rule it held) and rebuilds the ports.
set -eu

die() {
	echo "lab-topology: $*" >&2
	exit 1
}

[ $# -ge 1 ] || die "usage: lab-topology.sh FTSIM_KO [table_size=N] [hw_forward=0|1]"
ko=$1
shift
[ -r "$ko" ] || die "cannot read module file '$ko'"
[ "$(id -u)" -eq 0 ] || die "must run as root in the lab guest"

params=""
for arg in "$@"; do
	case "$arg" in
	table_size=[0-9]*)
		n=${arg#table_size=}
		case "$n" in *[!0-9]*) die "table_size must be a number, got '$n'" ;; esac
		params="$params table_size=$n"
		;;
	hw_forward=0 | hw_forward=1) params="$params $arg" ;;
	*) die "unknown argument '$arg' (use table_size=N or hw_forward=0|1)" ;;
	esac
done

for ns in client server; do
	[ -e "/run/netns/$ns" ] || die "namespace '$ns' is missing: is this a lab guest?"
done

# Flowtables still bound to the old ports would keep the module busy.
nft flush ruleset

# Old ports: the lab's veth pairs, or ftsim from an earlier run.
ip link del lan0 2>/dev/null || true
ip link del wan0 2>/dev/null || true
if [ -d /sys/module/ftsim ]; then
	rmmod ftsim || die "rmmod ftsim failed"
fi

modprobe nf_flow_table 2>/dev/null || true
# shellcheck disable=SC2086 # params is a list of validated key=value words
insmod "$ko" pairs=2 $params || die "insmod $ko failed (see dmesg)"

# ftsim ports that the namespaces gave back to this one when the module left
# are gone with it; a fresh load names them ftsim<N>a/b again.
ip link set ftsim0a name lan0
ip link set ftsim1a name wan0
ip link set ftsim0b netns client name eth0
ip link set ftsim1b netns server name eth0

ip addr add 10.10.1.1/24 dev lan0
ip addr add fd00:10:1::1/64 dev lan0 nodad
ip addr add 10.10.2.1/24 dev wan0
ip addr add fd00:10:2::1/64 dev wan0 nodad
ip link set lan0 up
ip link set wan0 up

ip -n client addr add 10.10.1.2/24 dev eth0
ip -n client addr add fd00:10:1::2/64 dev eth0 nodad
ip -n client link set eth0 up
ip -n client route replace default via 10.10.1.1
ip -n client -6 route replace default via fd00:10:1::1
ip -n server addr add 10.10.2.2/24 dev eth0
ip -n server addr add fd00:10:2::2/64 dev eth0 nodad
ip -n server link set eth0 up
ip -n server route replace default via 10.10.2.1
ip -n server -6 route replace default via fd00:10:2::1

mountpoint -q /sys/kernel/debug 2>/dev/null || mount -t debugfs debugfs /sys/kernel/debug 2>/dev/null || true

echo "lab-topology: lan0/wan0 are ftsim ports ($(ethtool -i lan0 | sed -n 's/^driver: //p'),$params )"
