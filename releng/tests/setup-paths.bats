#!/usr/bin/env bats
# The paths a new user takes on a fresh machine: the Maven wrapper fetching Maven from nothing, the
# README's console command, and the scripts under releng/ that build on the Java build's output.
# run-tests.sh runs this file after the Java build (whose product run-console.sh then reuses).

bats_require_minimum_version 1.5.0

setup_file() {
	REPO=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)
	export REPO
	VERSION=$(sed -n 's/^mavenVersion=//p' "$REPO/.mvn/wrapper/maven-wrapper.properties")
	export VERSION
}

# A Maven Central layout on disk holding DATA as the pinned version's zip, for the wrapper's mirror.
fake_mirror() {
	local dir="$BATS_TEST_TMPDIR/mirror/org/apache/maven/apache-maven/$VERSION"
	mkdir -p "$dir"
	printf '%s' "$1" >"$dir/apache-maven-$VERSION-bin.zip"
	echo "file://$BATS_TEST_TMPDIR/mirror"
}

@test "set-up scripts are shellcheck clean" {
	run shellcheck -x "$REPO/mvnw" "$REPO/run-tests.sh" "$REPO/run-console.sh" "$REPO/.ci/run" \
		"$REPO"/releng/*.sh "$REPO"/releng/scripts/*.sh
	echo "$output"
	[ "$status" -eq 0 ]
}

@test "mvnw fetches the pinned Maven into an empty MAVEN_USER_HOME, from the repository root" {
	# The old wrapper ran the machine's Maven 3.8 here, which read .mvn/extensions.xml and died
	# loading Tycho; only a warm ~/.m2/wrapper hid it.
	export MAVEN_USER_HOME="$BATS_TEST_TMPDIR/maven-home"
	cd "$REPO"
	run ./mvnw -B -v
	echo "$output"
	[ "$status" -eq 0 ]
	[[ $output == *"mvnw: fetching Maven $VERSION from "* ]]
	[[ $output == *"Apache Maven $VERSION "* ]]
	[[ $VERSION == 3.9.* ]]
	[ -x "$MAVEN_USER_HOME/wrapper/dists/apache-maven-$VERSION/bin/mvn" ]
	# nothing half-made is left beside it
	[ "$(find "$MAVEN_USER_HOME/wrapper/dists" -mindepth 1 -maxdepth 1 | wc -l)" -eq 1 ]

	# the second run uses what the first one fetched
	run ./mvnw -B -v
	[ "$status" -eq 0 ]
	[[ $output != *"fetching"* ]]
	[[ $output == *"Apache Maven $VERSION "* ]]
}

@test "mvnw refuses a download whose SHA-512 is not the pinned one, in one line, installing nothing" {
	export MAVEN_USER_HOME="$BATS_TEST_TMPDIR/maven-home"
	MVNW_REPOURL=$(fake_mirror 'not the Maven you pinned')
	export MVNW_REPOURL
	cd "$REPO"
	run --separate-stderr ./mvnw -B -v
	echo "stdout: $output"
	echo "stderr: $stderr"
	[ "$status" -eq 1 ]
	[ -z "$output" ]
	# the fetch notice, then exactly one error line
	[ "$(printf '%s\n' "$stderr" | grep -c .)" -eq 2 ]
	[[ $stderr == *"mvnw: "*"has SHA-512 "*"not the "*"pinned in "*"maven-wrapper.properties; nothing was installed"* ]]
	[ -z "$(ls -A "$MAVEN_USER_HOME/wrapper/dists")" ]
}

@test "mvnw says in one line what to do when Maven cannot be downloaded" {
	export MAVEN_USER_HOME="$BATS_TEST_TMPDIR/maven-home"
	export MVNW_REPOURL="file://$BATS_TEST_TMPDIR/no-such-mirror"
	cd "$REPO"
	run --separate-stderr ./mvnw -B -v
	echo "$stderr"
	[ "$status" -eq 1 ]
	[[ $stderr == *"mvnw: could not download file://$BATS_TEST_TMPDIR/no-such-mirror/"*"set MVNW_REPOURL to a Maven Central mirror"* ]]
	[[ $stderr != *"Exception"* ]]
	[ -z "$(ls -A "$MAVEN_USER_HOME/wrapper/dists")" ]
}

@test "the Maven repository helper finds Maven's repository whatever HOME says" {
	# Maven takes user.home from the password database; a script reading $HOME/.m2 guessed wrong
	# under HOME=$(mktemp -d), as a fresh-machine check runs it.
	. "$REPO/releng/scripts/maven-repository.sh"
	expected=$(nfto_maven_repository "$REPO")
	[ -d "$expected/org/eclipse/emf/org.eclipse.emf.ecore" ]
	HOME="$BATS_TEST_TMPDIR/other-home" MAVEN_USER_HOME="$BATS_TEST_TMPDIR/maven-home" run nfto_maven_repository "$REPO"
	[ "$status" -eq 0 ]
	[ "${lines[-1]}" = "$expected" ]
}

@test "run-tests.sh counts a stage that ran no test as failed, and tests a plan announced but never ran" {
	. "$REPO/releng/scripts/test-stages.sh"
	run nfto_stage java 1 0 0 0
	[[ $output == *"java: FAILED: the stage ended (exit 1) before any test ran"* ]]
	[[ $output == *"java: 0 passed, 1 failed, 0 skipped"* ]]
	run nfto_stage java 1 12 0 0
	[[ $output == *"java: 12 passed, 1 failed, 0 skipped"* ]]
	SECONDS=100
	nfto_stage_start
	SECONDS=163
	run nfto_stage kmod 0 3 0 0
	[[ $output == "kmod: 3 passed, 0 failed, 0 skipped (took 63 s)" ]]
	printf '1..5\nok 1 a\nok 2 b # skip why\nnot ok 3 c\n' >"$BATS_TEST_TMPDIR/tap"
	[ "$(nfto_tap_counts "$BATS_TEST_TMPDIR/tap")" = "1 3 1" ]
	mkdir -p "$BATS_TEST_TMPDIR/b/target/surefire-reports"
	echo '<testsuite name="x" tests="7" errors="1" skipped="2" failures="1">' \
		>"$BATS_TEST_TMPDIR/b/target/surefire-reports/TEST-x.xml"
	[ "$(nfto_surefire_counts "$BATS_TEST_TMPDIR/b")" = "7 2 2" ]
	[ "$(nfto_surefire_counts "$BATS_TEST_TMPDIR/none")" = "0 0 0" ]
}

@test "regenerate-model.sh regenerates exactly the committed model code, in a copy of the tree" {
	copy="$BATS_TEST_TMPDIR/tree"
	mkdir -p "$copy/bundles" "$copy/releng"
	cp -r "$REPO/mvnw" "$REPO/.mvn" "$copy/"
	cp -r "$REPO/releng/scripts" "$REPO/releng/regenerate-model.sh" "$copy/releng/"
	cp -r "$REPO/bundles/org.nftoffload.model" "$copy/bundles/"
	mkdir "$copy/releng/org.nftoffload.model.codegen"
	cp -r "$REPO/releng/org.nftoffload.model.codegen/pom.xml" "$REPO/releng/org.nftoffload.model.codegen/src" \
		"$copy/releng/org.nftoffload.model.codegen/"
	rm -rf "$copy/bundles/org.nftoffload.model/target"
	run "$copy/releng/regenerate-model.sh"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ $output == *"regenerated "*" Java files"* ]]
	run diff -r -x target "$REPO/bundles/org.nftoffload.model" "$copy/bundles/org.nftoffload.model"
	echo "$output"
	[ "$status" -eq 0 ]
}

@test "bench-model.sh runs in its short form and prints its figures" {
	run "$REPO/releng/bench-model.sh" 20 1
	echo "$output"
	[ "$status" -eq 0 ]
	[[ $output == *"fleet: 20 hosts"* ]]
	[[ $output == *"warm median"* ]]
}

@test "run-console.sh --xvfb boots the lab router, opens the console on the demo fleet and saves a screenshot" {
	# As a new user: no state yet, so the demo copy and the console's keyring are made afresh.
	export XDG_STATE_HOME="$BATS_TEST_TMPDIR/state"
	shot="$REPO/target/screenshots/console.png"
	rm -f "$shot"
	log="$BATS_TEST_TMPDIR/console.log"
	"$REPO/run-console.sh" --xvfb >"$log" 2>&1 3>&- &
	console=$!
	for _ in $(seq 300); do
		grep -q '^the console runs on' "$log" && break
		kill -0 "$console" 2>/dev/null || break
		sleep 1
	done
	router=$(timeout 120 sh -c "until '$REPO/kmod/lab/lab' info demo-lab 2>/dev/null | grep -q '^port=2201$'; do sleep 1; done; echo up") || true
	kill "$console" 2>/dev/null || true
	timeout 60 tail --pid="$console" -f /dev/null || true
	cat "$log"
	grep -q '^screenshot: target/screenshots/console.png' "$log"
	[ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ]
	cmp "$REPO/releng/demo/demo.nftfleet" "$XDG_STATE_HOME/nft-offload/demo.nftfleet"
	[ "$router" = up ]
	# the script's exit ended what it started
	! "$REPO/kmod/lab/lab" info demo-lab >/dev/null 2>&1
	cp "$shot" "$REPO/target/screenshots/run-console-xvfb.png"
}

@test "the installed nftoffload answers file commands on a plain class path and fleet commands through OSGi" {
	product="$REPO/releng/org.nftoffload.product/target/products/org.nftoffload.product/linux/gtk/x86_64"
	[ -x "$product/nftoffload" ] || { echo "no product at $product: the Java build makes it" >&2; return 1; }
	export XDG_STATE_HOME="$BATS_TEST_TMPDIR/state"
	# --version from the cli bundle's own manifest, not "(development)"
	run -0 timeout 60 "$product/nftoffload" --version
	[[ $output =~ ^nftoffload\ [0-9]+\.[0-9]+\.[0-9]+\.[0-9A-Za-z_-]+$ ]]
	run -0 timeout 60 "$product/nftoffload" validate "$REPO/releng/demo/demo.nftfleet"
	[[ $output == *"demo.nftfleet: 3 hosts, 0 errors, 0 warnings"* ]]
	run -0 timeout 60 "$product/nftoffload" render --host lab1 "$REPO/releng/demo/demo.nftfleet"
	[[ $output == *"flowtable ft"* ]]
	# a file that is no fleet: a clear error naming it, exit 2
	printf 'not a fleet\n' >"$BATS_TEST_TMPDIR/broken.nftfleet"
	run -2 timeout 60 "$product/nftoffload" validate "$BATS_TEST_TMPDIR/broken.nftfleet"
	[[ $output == *"broken.nftfleet"* ]]
	# each plain-class-path command keeps a class-data archive of its own; no OSGi configuration made
	[ -e "$XDG_STATE_HOME/nft-offload/cli-plain---version.jsa" ]
	[ -e "$XDG_STATE_HOME/nft-offload/cli-plain-validate.jsa" ]
	[ ! -e "$XDG_STATE_HOME/nft-offload/cli-configuration" ]
	# a command that needs the platform (the extension registry, jobs) still starts Equinox
	run -0 timeout 120 "$product/nftoffload" hosts list --fleet "$REPO/releng/demo/demo.nftfleet"
	[[ $output == *lab1* ]]
	[ -d "$XDG_STATE_HOME/nft-offload/cli-configuration" ]
}
