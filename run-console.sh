#!/usr/bin/env bash
# Starts nft-offload Console on the demo fleet, building it first when needed, with a real lab
# router (Debian's kernel under QEMU, see docs/lab.md) behind the demo host "lab1" on 127.0.0.1:2201,
# whose current host key it has the console trust (~/.nftoffload/known_hosts) before it boots.
#
#   ./run-console.sh             the workbench on your display
#   ./run-console.sh --no-lab    without booting the lab router
#   ./run-console.sh --xvfb      no display at hand: runs it under Xvfb and saves a screenshot to
#                                target/screenshots/console.png (then keeps running until Ctrl+C)
# Other arguments go to the console. Installs the OS packages it needs when run as root; otherwise
# prints the exact apt-get line.

# trust_lab_host_key FILE HOST_PATTERN "TYPE BASE64": make FILE (a known_hosts file) trust exactly
# this key for exactly HOST_PATTERN (e.g. "[127.0.0.1]:2201"). The lab router's key changes when
# its cache is wiped, and the console then rightly refuses the host (HOST KEY CHANGED); the key
# handed in here is the one this script is about to boot, so trusting it weakens nothing.
# Only that host's entries go: lines naming it alone (hashed ones too) are dropped, lines naming
# it among other hosts lose that one name; every other line is kept byte for byte. The new file
# replaces the old one in one rename, so a reader sees the old file or the new one.
trust_lab_host_key() {
	local file=$1 host=$2 key=$3 fingerprint dir tmp hashed
	if ! fingerprint=$(ssh-keygen -l -f - <<<"$key" 2>/dev/null | awk '{print $2}') || [ -z "$fingerprint" ]; then
		echo "not a public key for $host: '$key'" >&2
		return 1
	fi
	dir=$(dirname "$file")
	mkdir -p "$dir" || return 1
	[ -e "$file" ] || : >"$file" || return 1
	# Hashed entries hide the host name: ssh-keygen -F finds them (line numbers in its comments).
	hashed=$(ssh-keygen -F "$host" -f "$file" 2>/dev/null | sed -n 's/^# Host .* found: line \([0-9]*\) *$/\1/p' | tr '\n' ' ')
	tmp=$(mktemp "$dir/.known_hosts.XXXXXX") || return 1
	if ! awk -v host="$host" -v hashed=" $hashed" '
		/^[ \t]*(#|$)/ || /^@/ { print; next }
		$1 ~ /^\|/ { if (index(hashed, " " NR " ") == 0) print; next }
		{
			n = split($1, names, ",")
			kept = ""
			for (i = 1; i <= n; i++) if (names[i] != host) kept = kept (kept == "" ? "" : ",") names[i]
			if (kept == $1) print
			else if (kept != "") print kept substr($0, index($0, $1) + length($1))
		}' "$file" >"$tmp" ||
		! printf '%s %s\n' "$host" "$key" >>"$tmp" ||
		! chmod --reference="$file" "$tmp" ||
		! mv -f "$tmp" "$file"; then
		rm -f "$tmp"
		echo "could not rewrite $file" >&2
		return 1
	fi
	echo "trusting the lab router's key $fingerprint for $host"
}

# Sourced (kmod/tests/lab-basics.bats tests the function above): nothing else runs.
[[ ${BASH_SOURCE[0]} == "$0" ]] || return 0

set -euo pipefail
NFTO_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export NFTO_TOP
cd "$NFTO_TOP"
# shellcheck source=releng/scripts/os-packages.sh
. releng/scripts/os-packages.sh

with_lab=1
with_xvfb=0
console_args=()
for arg in "$@"; do
	case $arg in
	--no-lab) with_lab=0 ;;
	--xvfb) with_xvfb=1 ;;
	*) console_args+=("$arg") ;;
	esac
done

read -r -a packages <<<"$(nfto_java_and_gui_packages)"
# xdotool tells when the window is up, ImageMagick's import takes the screenshot
[ "$with_xvfb" -eq 1 ] && packages+=(xvfb xauth openbox xdotool imagemagick)
nfto_require_packages "${packages[@]}"
nfto_require_jdk

product=releng/org.nftoffload.product/target/products/org.nftoffload.product/linux/gtk/x86_64
# Build when there is no product yet or any source is newer than it.
if [ ! -x "$product/nft-offload-console" ] ||
	[ -n "$(find bundles features releng target-platform pom.xml -newer "$product/nft-offload-console" \
		-not -path '*/target/*' -type f -print -quit)" ]; then
	echo "building the console (a first build downloads ~200 MB from Maven Central and takes a few minutes)" >&2
	./mvnw -B -q -DskipTests verify
fi

pids=()
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
	local pid
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	if [ "$with_lab" -eq 1 ]; then kmod/lab/lab stop demo-lab >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
trap 'exit 143' INT TERM

# The console reads its known_hosts under Java's user.home, which comes from the password
# database, not from $HOME.
console_home=$(getent passwd "$(id -u)" | cut -d: -f6) || true
console_known_hosts=${console_home:-$HOME}/.nftoffload/known_hosts

# The lab router's host key lives in the lab cache and is made anew when the cache is wiped. The
# console is told to trust the key of the image about to boot before the router answers SSH.
start_lab_router() {
	local image
	if ! image=$(kmod/lab/lab image --variant full 2>/dev/null); then
		echo "the lab router's image could not be built; run 'kmod/lab/lab image --variant full' to see why. The console runs without it." >&2
		return 1
	fi
	trust_lab_host_key "$console_known_hosts" "[127.0.0.1]:2201" \
		"$(cut -d' ' -f1,2 "$image/ssh_host_ed25519_key.pub")" || return 1
	kmod/lab/lab start demo-lab --variant full --port 2201 >/dev/null 2>&1 ||
		echo "the lab router did not start; see 'kmod/lab/lab log demo-lab'. The console runs without it." >&2
}

if [ "$with_lab" -eq 1 ]; then
	echo "booting the lab router for host lab1 on 127.0.0.1:2201 in the background ('kmod/lab/lab log demo-lab' shows its console)" >&2
	start_lab_router &
fi

# Edits go to a copy: the demo in the repository stays as it is.
state=${XDG_STATE_HOME:-$HOME/.local/state}/nft-offload
mkdir -p "$state"
demo="$state/demo.nftfleet"
[ -f "$demo" ] || cp releng/demo/demo.nftfleet "$demo"

if [ "$with_xvfb" -eq 1 ]; then
	export DISPLAY=":$((90 + RANDOM % 400))"
	Xvfb "$DISPLAY" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
	pids+=($!)
	for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
	openbox >/dev/null 2>&1 &
	pids+=($!)
	"$product/nft-offload-console" -fleet "$demo" "${console_args[@]}" &
	pids+=($!)
	console_pid=$!
	# The window shows within seconds on a warm machine; the first start of a fresh one is slower.
	window=""
	for _ in $(seq 240); do
		window=$(xdotool search --onlyvisible --name '^nft-offload Console' 2>/dev/null | head -n 1) && [ -n "$window" ] && break
		kill -0 "$console_pid" 2>/dev/null || { echo "the console ended before its window appeared" >&2; exit 1; }
		sleep 0.5
	done
	if [ -z "$window" ]; then
		echo "no console window after 120 s on $DISPLAY; no screenshot taken" >&2
	else
		sleep 3 # the parts paint after the window maps
		mkdir -p target/screenshots
		import -window root target/screenshots/console.png
		echo "screenshot: target/screenshots/console.png" >&2
	fi
	echo "the console runs on $DISPLAY; Ctrl+C ends it" >&2
	wait "${pids[-1]}"
elif [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
	echo "no display (DISPLAY is not set). Run it on a desktop, over 'ssh -X', or as './run-console.sh --xvfb'." >&2
	exit 1
else
	"$product/nft-offload-console" -fleet "$demo" "${console_args[@]}"
fi
