#!/bin/bash
# Regenerates the EMF model and edit code of bundles/org.nftoffload.model from
# model/nftoffload.genmodel with EMF's standalone code generator (releng/org.nftoffload.model.codegen),
# then replaces the bundle's generated files (src-gen/, icons/, plugin.xml, plugin.properties) with the
# result. Generation goes into an empty directory first, so nothing stale survives and the output
# depends only on the .ecore/.genmodel (which is what CommittedCodeMatchesGeneratorTest checks).
# Usage: releng/regenerate-model.sh [--init-genmodel]
#   --init-genmodel  first recreate model/nftoffload.genmodel from model/nftoffload.ecore
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
bundle="$top/bundles/org.nftoffload.model"
codegen="$top/releng/org.nftoffload.model.codegen"
out="$codegen/target/regenerate-model"

run_generator() {
	"$top/mvnw" -q -f "$codegen/pom.xml" compile exec:java -Dexec.cleanupDaemonThreads=false -Dexec.args="$*"
}

if [ "${1:-}" = "--init-genmodel" ]; then
	run_generator init "$bundle"
fi
rm -rf "$out"
run_generator generate "$bundle" "$out"
for generated in src-gen icons; do
	rm -rf "${bundle:?}/$generated"
	cp -r "$out/$generated" "$bundle/$generated"
done
cp "$out/plugin.xml" "$out/plugin.properties" "$bundle/"
echo "regenerated $(find "$bundle/src-gen" -name '*.java' | wc -l) Java files in $bundle/src-gen"
