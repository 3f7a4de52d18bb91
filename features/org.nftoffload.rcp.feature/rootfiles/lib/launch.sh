# shellcheck shell=sh
# Shared by the launcher scripts of the product. The native Eclipse launcher is not on Maven Central,
# so the product starts through org.eclipse.equinox.launcher's jar; eclipse.ini is not read that way,
# which is why the JVM options live here.

nfto_home=$(cd "$(dirname "$0")" && pwd)

nfto_java() {
	# a java >= 21: $NFTO_JAVA, $JAVA_HOME, /usr/lib/jvm, then the PATH
	for candidate in ${NFTO_JAVA:+"$NFTO_JAVA"} ${JAVA_HOME:+"$JAVA_HOME/bin/java"} \
		/usr/lib/jvm/*/bin/java "$(command -v java 2>/dev/null)"; do
		[ -x "$candidate" ] || continue
		major=$(nfto_java_major "$candidate")
		if [ -n "$major" ] && [ "$major" -ge 21 ]; then
			echo "$candidate"
			return 0
		fi
	done
	echo "$(basename "$0"): needs Java 21 or newer; install one (e.g. 'apt-get install openjdk-21-jre') or set JAVA_HOME." >&2
	return 1
}

# The feature version of the java at $1. A JDK's or JRE's 'release' file says it without starting a
# JVM (each start costs 0.1-0.3 s, and /usr/lib/jvm often holds older ones before the one we want);
# only a java without one (a symlink farm, a custom image) is asked.
nfto_java_major() {
	release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
	if [ -r "$release" ]; then
		sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$release" | head -n 1
		return 0
	fi
	"$1" -XshowSettings:properties -version 2>&1 |
		sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

nfto_launcher_jar() {
	for jar in "$nfto_home"/plugins/org.eclipse.equinox.launcher_*.jar; do
		[ -f "$jar" ] && { echo "$jar"; return 0; }
	done
	echo "$(basename "$0"): broken installation: no org.eclipse.equinox.launcher jar under $nfto_home/plugins" >&2
	return 1
}

# Per-user writable areas: the installation itself may be read-only.
# shellcheck disable=SC2034 # used by the scripts that source this file
nfto_state=${XDG_STATE_HOME:-$HOME/.local/state}/nft-offload

# SSH passwords and key passphrases live in Equinox secure storage, whose master password the
# desktop's Secret Service keeps (gnome-keyring, KWallet; through libsecret); without one the console
# asks for a master password the user chooses, and the CLI takes --password-file or
# NFTO_MASTER_PASSWORD. NFTO_SECRET_STORE=secret-service|master-password|password-file picks one;
# password-file is the old layout (a random master password in a file beside the keyring). The
# console's own keyring and an old one (moved into the chosen storage on first use) are in $nfto_state.
