# shellcheck shell=sh
# Sourced by the build scripts: exports JAVA_HOME pointing at a JDK >= 21, or stops with a
# message that says what to install. Order: $JAVA_HOME, then the JDKs under /usr/lib/jvm
# (newest first; Temurin 25 is what our machines carry), then `javac` on the PATH.

nfto_jdk_major() {
	# prints the feature version of the JDK at $1, or nothing when it is not a JDK
	[ -x "$1/bin/javac" ] && [ -x "$1/bin/java" ] || return 0
	"$1/bin/java" -XshowSettings:properties -version 2>&1 |
		sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

nfto_find_jdk() {
	for candidate in "${JAVA_HOME:-}" $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 2>/dev/null | sort -rV) \
		"$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
		[ -n "$candidate" ] || continue
		major=$(nfto_jdk_major "$candidate")
		if [ -n "$major" ] && [ "$major" -ge 21 ]; then
			JAVA_HOME=$candidate
			export JAVA_HOME
			return 0
		fi
	done
	echo "error: no JDK 21 or newer found (looked at \$JAVA_HOME, /usr/lib/jvm/*, javac on the PATH)." >&2
	echo "       Install one, e.g. 'apt-get install openjdk-21-jdk-headless' (Debian 13, Ubuntu 24.04)" >&2
	echo "       or a Temurin 21/25 JDK, then run again (or set JAVA_HOME)." >&2
	return 1
}
