#!/usr/bin/env bash
# Starts nft-offload Console on the demo fleet, building it first when needed, with a real lab
# router (Debian's kernel under QEMU, see docs/lab.md) behind the demo host "lab1" on 127.0.0.1:2201.
#
#   ./run-console.sh             the workbench on your display
#   ./run-console.sh --no-lab    without booting the lab router
#   ./run-console.sh --xvfb      no display at hand: runs it under Xvfb and saves a screenshot to
#                                target/screenshots/console.png (then keeps running until Ctrl+C)
# Other arguments go to the console. Installs the OS packages it needs when run as root; otherwise
# prints the exact apt-get line.
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
[ "$with_xvfb" -eq 1 ] && packages+=(xvfb xauth openbox)
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

if [ "$with_lab" -eq 1 ]; then
	echo "booting the lab router for host lab1 on 127.0.0.1:2201 in the background ('kmod/lab/lab log demo-lab' shows its console)" >&2
	(kmod/lab/lab start demo-lab --variant full --port 2201 >/dev/null 2>&1 ||
		echo "the lab router did not start; see 'kmod/lab/lab log demo-lab'. The console runs without it." >&2) &
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
	sleep 1
	openbox >/dev/null 2>&1 &
	pids+=($!)
	"$product/nft-offload-console" -fleet "$demo" "${console_args[@]}" &
	pids+=($!)
	sleep 20
	mkdir -p target/screenshots
	if command -v import >/dev/null; then
		import -window root target/screenshots/console.png && echo "screenshot: target/screenshots/console.png" >&2
	fi
	echo "the console runs on $DISPLAY; Ctrl+C ends it" >&2
	wait "${pids[-1]}"
elif [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
	echo "no display (DISPLAY is not set). Run it on a desktop, over 'ssh -X', or as './run-console.sh --xvfb'." >&2
	exit 1
else
	"$product/nft-offload-console" -fleet "$demo" "${console_args[@]}"
fi
