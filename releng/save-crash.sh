#!/bin/bash
# Crash during save: a JVM saves a fleet file in a loop (FleetFiles.save) and is killed with
# kill -9 at a random moment, KILLS times (default 100); after each kill the file must load as a
# whole fleet, the last one saved (old) or the one being saved (new). Prints one line per kill and
# the result; exits 1 if any kill left a file that does not load or is torn.
# The short form (10 kills) runs in the fleet tests: SaveCrashTest.
# Usage: releng/save-crash.sh [KILLS] [SEED]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
kills=${1:-100}
seed=${2:-$(date +%s)}

# compile model, fleet bundle and the trial (in the fleet test fragment) with the project's own build
(cd "$top" && nice ./mvnw -B -q -o install -pl bundles/org.nftoffload.fleet.tests -am -DskipTests >&2)

# shellcheck source=releng/scripts/find-jdk.sh
. "$top/releng/scripts/find-jdk.sh"
nfto_find_jdk
# shellcheck source=releng/scripts/maven-repository.sh
. "$top/releng/scripts/maven-repository.sh"
m2=$(nfto_maven_repository "$top")/org/eclipse/emf
classpath="$top/bundles/org.nftoffload.fleet.tests/target/classes:$top/bundles/org.nftoffload.fleet/target/classes"
classpath="$classpath:$top/bundles/org.nftoffload.model/target/classes"
# the EMF versions of target-platform/nftoffload.target
for jar in org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar \
	org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar \
	org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar; do
	if [ ! -f "$m2/$jar" ]; then
		echo "save-crash: $m2/$jar missing: run ./mvnw verify once" >&2
		exit 1
	fi
	classpath="$classpath:$m2/$jar"
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
nice "$JAVA_HOME/bin/java" -cp "$classpath" org.nftoffload.fleet.crash.SaveCrashTrial "$kills" "$work" "$seed"
