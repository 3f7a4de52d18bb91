#!/bin/bash
# Benchmark of the fleet model and the nft engine: a fleet of N hosts (default 1000) with 4 flowtables
# each is saved, loaded, validated and rendered; XMI (the fleet file format) is measured side by side
# with EMF's binary resource as a baseline. Prints figures; asserts nothing (see docs/nft-engine.md).
# Usage: releng/bench-model.sh [HOSTS] [ROUNDS]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
hosts=${1:-1000}
rounds=${2:-7}

# compile model, engine and the benchmark (in the test fragment) with the project's own build
(cd "$top" && nice ./mvnw -q verify -pl bundles/org.nftoffload.nft.tests -am -DskipTests >&2)

# shellcheck source=releng/scripts/find-jdk.sh
. "$top/releng/scripts/find-jdk.sh"
nfto_find_jdk
# shellcheck source=releng/scripts/maven-repository.sh
. "$top/releng/scripts/maven-repository.sh"
m2=$(nfto_maven_repository "$top")/org/eclipse/emf
classpath="$top/bundles/org.nftoffload.nft.tests/target/classes:$top/bundles/org.nftoffload.nft/target/classes"
classpath="$classpath:$top/bundles/org.nftoffload.model/target/classes"
# the EMF versions of target-platform/nftoffload.target
for jar in org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar \
	org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar \
	org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar; do
	if [ ! -f "$m2/$jar" ]; then
		echo "bench-model: $m2/$jar missing: run ./mvnw verify once" >&2
		exit 1
	fi
	classpath="$classpath:$m2/$jar"
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$JAVA_HOME/bin/java" -cp "$classpath" org.nftoffload.nft.tests.bench.FleetBenchmark "$hosts" "$rounds" "$work"
