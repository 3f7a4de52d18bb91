# shellcheck shell=bash
# Sourced by run-console.sh and run-tests.sh: makes sure Debian/Ubuntu packages are installed.
# As root it installs what is missing (apt-get); otherwise it prints the exact apt-get line and stops.

# nfto_pick_package NAME...: the first of the names that the package lists know (Ubuntu 24.04 renamed
# several libraries with a t64 suffix, e.g. libgtk-3-0t64).
nfto_pick_package() {
	local name
	for name in "$@"; do
		if apt-cache show "$name" >/dev/null 2>&1; then
			echo "$name"
			return 0
		fi
	done
	echo "$1"
}

# nfto_require_packages PACKAGE...: installs the ones dpkg does not report as installed.
nfto_require_packages() {
	local missing=() package
	for package in "$@"; do
		dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" -ne 0 ]; then
		echo "missing packages: ${missing[*]}" >&2
		echo "install them with:  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
		return 1
	fi
	echo "installing ${missing[*]}" >&2
	if ! DEBIAN_FRONTEND=noninteractive apt-get install -o DPkg::Lock::Timeout=300 -y -q --no-install-recommends "${missing[@]}" >&2; then
		apt-get update -q >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -o DPkg::Lock::Timeout=300 -y -q --no-install-recommends "${missing[@]}" >&2
	fi
}

# The packages the Java build and the workbench need on a fresh machine.
nfto_java_and_gui_packages() {
	# a fresh machine (or container) may have no package lists yet: apt-cache would know nothing
	if [ "$(id -u)" -eq 0 ] && ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
		apt-get update -q >&2
	fi
	# curl and unzip: ./mvnw fetches and unpacks Maven itself
	# libsecret: secure storage keeps its master password in the desktop's Secret Service
	echo curl unzip ca-certificates fonts-dejavu-core "$(nfto_pick_package libgtk-3-0t64 libgtk-3-0)" libxtst6 libsecret-1-0
}

# What the secure-storage tests run: a D-Bus session bus with a real gnome-keyring-daemon, and
# secret-tool to look at what it holds.
nfto_secret_service_packages() {
	echo dbus-daemon dbus-bin dbus-x11 gnome-keyring libsecret-tools libsecret-1-0
}

# nfto_require_jdk: a JDK >= 21, installed from the distribution when there is none and we are root.
nfto_require_jdk() {
	# shellcheck source=releng/scripts/find-jdk.sh
	. "$NFTO_TOP/releng/scripts/find-jdk.sh"
	nfto_find_jdk 2>/dev/null && return 0
	if [ "$(id -u)" -eq 0 ]; then
		local jdk
		jdk=$(nfto_pick_package openjdk-25-jdk-headless openjdk-21-jdk-headless)
		nfto_require_packages "$jdk" && nfto_find_jdk && return 0
	fi
	nfto_find_jdk
}
