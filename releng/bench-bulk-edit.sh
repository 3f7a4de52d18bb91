#!/bin/bash
# Benchmark of Edit Selected... in the fleet layer (FleetEdits.editHosts): reading the current values,
# building the one command, executing and undoing it on every host of generated fleets of HOSTS/10 and
# HOSTS hosts (default 10,000), side by side, so the per-host figure shows whether it stays linear.
# Prints figures; asserts nothing.
# Usage: releng/bench-bulk-edit.sh [HOSTS] [ROUNDS]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
hosts=${1:-10000}
rounds=${2:-5}

# compile the fleet layer and the benchmark (in the test fragment) with the project's own build
(cd "$top" && nice ./mvnw -q verify -pl bundles/org.nftoffload.fleet.tests -am -DskipTests >&2)

# shellcheck source=releng/scripts/find-jdk.sh
. "$top/releng/scripts/find-jdk.sh"
nfto_find_jdk
# shellcheck source=releng/scripts/maven-repository.sh
. "$top/releng/scripts/maven-repository.sh"
m2=$(nfto_maven_repository "$top")/org/eclipse/emf
classpath="$top/bundles/org.nftoffload.fleet.tests/target/classes:$top/bundles/org.nftoffload.fleet/target/classes"
classpath="$classpath:$top/bundles/org.nftoffload.model/target/classes:$top/bundles/org.nftoffload.nft/target/classes"
# the EMF versions of target-platform/nftoffload.target
for jar in org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar \
	org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar \
	org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar \
	org.eclipse.emf.edit/2.23.0/org.eclipse.emf.edit-2.23.0.jar; do
	if [ ! -f "$m2/$jar" ]; then
		echo "bench-bulk-edit: $m2/$jar missing: run ./mvnw verify once" >&2
		exit 1
	fi
	classpath="$classpath:$m2/$jar"
done
"$JAVA_HOME/bin/java" -cp "$classpath" org.nftoffload.fleet.bench.BulkEditBenchmark "$hosts" "$rounds"
