#!/usr/bin/env bats
# Every fixture the nft engine renders must load into a real kernel: the scripts are rendered by
# the engine (RenderFixtures, in the org.nftoffload.nft.tests fragment) and checked with `nft -c -f`
# inside a lab guest running Debian's 6.1 kernel. Hardware-offload flowtables are rendered onto the
# guest's ftsim ports (lan0, wan0), the only devices that accept `flags offload`; the other devices a
# fixture names are created in the guest as dummies. Then a rendered script is applied for real,
# the guest's `nft list ruleset` (text and JSON) is fetched, and the CLI imports and diffs it.

load helpers/lab

setup_file() {
	REPO=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)
	RENDERED="$BATS_FILE_TMPDIR/rendered"
	export REPO RENDERED

	# The engine and the CLI, compiled by the project's own build; run-tests.sh says when its Java
	# stage has just built this tree (NFTO_JAVA_BUILT), which saves a second build of seven modules.
	if [ "${NFTO_JAVA_BUILT:-}" != "$REPO" ] || [ ! -d "$REPO/bundles/org.nftoffload.cli/target/classes" ] ||
		[ ! -d "$REPO/bundles/org.nftoffload.nft.tests/target/classes" ]; then
		(cd "$REPO" && nice ./mvnw -q verify -pl bundles/org.nftoffload.cli,bundles/org.nftoffload.nft.tests -am \
			-DskipTests >"$BATS_FILE_TMPDIR/build.log" 2>&1) || { tail -40 "$BATS_FILE_TMPDIR/build.log" >&3; return 1; }
	fi
	. "$REPO/releng/scripts/find-jdk.sh"
	nfto_find_jdk
	. "$REPO/releng/scripts/maven-repository.sh"
	local m2 jar
	m2=$(nfto_maven_repository "$REPO") || return 1
	CLASSPATH="$REPO/bundles/org.nftoffload.nft.tests/target/classes:$REPO/bundles/org.nftoffload.nft/target/classes"
	CLASSPATH="$CLASSPATH:$REPO/bundles/org.nftoffload.model/target/classes:$REPO/bundles/org.nftoffload.fleet/target/classes"
	CLASSPATH="$CLASSPATH:$REPO/bundles/org.nftoffload.cli/target/classes"
	for jar in org/eclipse/emf/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar \
		org/eclipse/emf/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar \
		org/eclipse/emf/org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar \
		org/eclipse/platform/org.eclipse.osgi/3.24.300/org.eclipse.osgi-3.24.300.jar \
		info/picocli/picocli/4.7.7/picocli-4.7.7.jar \
		com/fasterxml/jackson/core/jackson-core/2.23.0/jackson-core-2.23.0.jar \
		com/fasterxml/jackson/core/jackson-databind/2.23.0/jackson-databind-2.23.0.jar \
		com/fasterxml/jackson/core/jackson-annotations/2.23/jackson-annotations-2.23.jar; do
		[ -f "$m2/$jar" ] || { echo "missing $m2/$jar: the build above should have fetched it" >&3; return 1; }
		CLASSPATH="$CLASSPATH:$m2/$jar"
	done
	export CLASSPATH JAVA_HOME

	"$JAVA_HOME/bin/java" org.nftoffload.nft.tests.lab.RenderFixtures "$REPO/bundles/org.nftoffload.nft.tests/fixtures" \
		"$RENDERED" lan0,wan0 20261125 >"$BATS_FILE_TMPDIR/render.log"

	# ftsim, built against the lab kernel's headers (in a copy: the work tree stays clean).
	mkdir -p "$BATS_FILE_TMPDIR/ftsim"
	cp "$REPO"/kmod/ftsim/{Kbuild,Makefile,*.c,*.h} "$BATS_FILE_TMPDIR/ftsim"/
	make -C "$BATS_FILE_TMPDIR/ftsim" KDIR="$(lab kernel-headers)" >"$BATS_FILE_TMPDIR/ftsim.log" 2>&1 ||
		{ tail -20 "$BATS_FILE_TMPDIR/ftsim.log" >&3; return 1; }

	# A guest of our own: ftsim replaces its lan0/wan0, which the shared guests' tests rely on.
	ENGINE_HOST="engine-$$"
	export ENGINE_HOST
	start_guest "$ENGINE_HOST"
	lab copy "$ENGINE_HOST" "$BATS_FILE_TMPDIR/ftsim/ftsim.ko" /root/ftsim.ko
	lab copy "$ENGINE_HOST" "$REPO/kmod/ftsim/lab-topology.sh" /root/lab-topology.sh
	lab ssh "$ENGINE_HOST" sh /root/lab-topology.sh /root/ftsim.ko >/dev/null
	# The fixtures as written (hardware flags taken out: they need ftsim's ports), each with the
	# devices it names.
	local fixture base
	mkdir -p "$BATS_FILE_TMPDIR/raw"
	for fixture in "$REPO"/bundles/org.nftoffload.nft.tests/fixtures/*.nft; do
		base=$(basename "$fixture" .nft)
		sed '/flags offload/d' "$fixture" >"$BATS_FILE_TMPDIR/raw/$base.nft"
		sed -n 's/.*devices = { *\(.*\) *}.*/\1/p' "$fixture" | tr -d '",' | tr ' ' '\n' | sed '/^$/d' |
			sort -u >"$BATS_FILE_TMPDIR/raw/$base.devices"
	done
	# Everything in one stream: a copy per file (over a hundred) took minutes under TCG.
	tar -C "$BATS_FILE_TMPDIR" -cf - rendered raw |
		lab ssh "$ENGINE_HOST" 'mkdir -p /root && tar -C /root -xf -'
	lab copy "$ENGINE_HOST" "$BATS_TEST_DIRNAME/helpers/nft-check-scripts" /root/nft-check-scripts
}

teardown_file() {
	if [ -n "${ENGINE_HOST:-}" ]; then
		lab stop "$ENGINE_HOST" >/dev/null 2>&1 || true
		end_guest_process "$ENGINE_HOST"
	fi
}

# start_guest NAME: `lab start` with none of bats' descriptors open. The daemonized QEMU would
# otherwise hold bats' output pipe, and a guest that outlives the file would hang the whole run.
start_guest() {
	(
		for fd in /proc/"$BASHPID"/fd/*; do
			fd=${fd##*/}
			if [ "$fd" -gt 2 ]; then
				exec {fd}>&-
			fi
		done
		exec "$LAB" start "$1" --variant full </dev/null >/dev/null 2>"$BATS_FILE_TMPDIR/lab-start.err"
	) || { cat "$BATS_FILE_TMPDIR/lab-start.err" >&3; return 1; }
}

# end_guest_process NAME: if the QEMU of guest NAME still runs after `lab stop` (seen on a loaded
# machine when the lab had already lost track of it), end it: it is this file's own guest, found by
# its exact QEMU name.
end_guest_process() {
	local proc
	for proc in /proc/[0-9]*; do
		if tr '\0' '\n' 2>/dev/null <"$proc/cmdline" | grep -qxF "nfto-lab-$1"; then
			kill "${proc#/proc/}" 2>/dev/null || true
		fi
	done
}

# g CMDLINE: run it in the guest as root. SSH itself failing (status 255: a TCG guest too busy to
# answer the banner in time while other guests run) is retried once; the command's status is not.
g() {
	local status=0
	lab ssh "$ENGINE_HOST" "$@" || status=$?
	if [ "$status" -eq 255 ]; then
		sleep 3
		status=0
		lab ssh "$ENGINE_HOST" "$@" || status=$?
	fi
	return "$status"
}

# cli COMMAND ARGS...: the CLI's render, import and diff commands, parsed and run by picocli as
# `nftoffload` runs them, but without the OSGi launcher (the other commands need the SSH stack, not
# on this class path).
cli() {
	cat >"$BATS_FILE_TMPDIR/RunCli.java" <<-'JAVA'
		import java.io.PrintWriter;
		import java.util.Arrays;
		import org.nftoffload.cli.internal.Console;
		import org.nftoffload.cli.internal.ConsoleCommand;
		import org.nftoffload.cli.internal.commands.DiffCommand;
		import org.nftoffload.cli.internal.commands.ImportCommand;
		import org.nftoffload.cli.internal.commands.RenderCommand;
		import picocli.CommandLine;
		public class RunCli {
			public static void main(String[] args) throws Exception {
				ConsoleCommand command = switch (args[0]) {
				case "render" -> new RenderCommand();
				case "import" -> new ImportCommand();
				case "diff" -> new DiffCommand();
				default -> throw new IllegalArgumentException("not an engine command: " + args[0]);
				};
				// the CLI's factory hands each command its console; this harness lives outside the package
				var console = ConsoleCommand.class.getDeclaredField("console");
				console.setAccessible(true);
				console.set(command, new Console(System.out, System.err));
				CommandLine commandLine = new CommandLine(command);
				commandLine.setOut(new PrintWriter(System.out, true));
				commandLine.setErr(new PrintWriter(System.err, true));
				System.exit(commandLine.execute(Arrays.copyOfRange(args, 1, args.length)));
			}
		}
	JAVA
	"$JAVA_HOME/bin/java" "$BATS_FILE_TMPDIR/RunCli.java" "$@"
}

@test "the engine renders every table with flowtables of every fixture" {
	run cat "$BATS_FILE_TMPDIR/render.log"
	echo "$output"
	[[ "$output" == *"9 scripts rendered"* ]]
	[ "$(find "$RENDERED" -name '*.nft' ! -name 'random-*' | wc -l)" -eq 9 ]
}

@test "every rendered fixture passes nft -c in the lab kernel" {
	local script name scripts=()
	for script in "$RENDERED"/*.nft; do
		name=$(basename "$script" .nft)
		[ -e "$RENDERED/$name.wildcard" ] && continue
		case "$name" in random-*) continue ;; esac
		scripts+=("/root/rendered/$name.nft")
	done
	# the fixture's own devices become dummies (ftsim's lan0/wan0 already exist)
	run g sh /root/nft-check-scripts "${scripts[@]}"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"checked 8, refused 0"* ]]
}

@test "every fixture is valid nft as written (flags offload aside, which needs ftsim)" {
	local fixture base scripts=()
	for fixture in "$BATS_FILE_TMPDIR"/raw/*.nft; do
		base=$(basename "$fixture")
		# wildcard names need kernel 6.16 (test below)
		[ "$base" = wildcard-devices.nft ] && continue
		scripts+=("/root/raw/$base")
	done
	run g sh /root/nft-check-scripts "${scripts[@]}"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"checked 7, refused 0"* ]]
}

@test "40 random valid hosts, rendered, pass nft -c in the lab kernel" {
	local name
	[[ "$(cat "$BATS_FILE_TMPDIR/render.log")" == *"40 random hosts rendered"* ]]
	run g 'sh /root/nft-check-scripts /root/rendered/random-*.nft'
	echo "$output"
	# a refused script is shown whole, to reproduce it
	for name in $(printf '%s\n' "$output" | sed -n 's/^nft -c refused \(random-[0-9]*\): .*/\1/p'); do
		echo "--- $name.nft:"
		cat "$RENDERED/$name.nft"
	done
	[ "$status" -eq 0 ]
	[[ "$output" == *"checked 40, refused 0"* ]]
}

@test "one device in two flowtables: refused within a table (NFTO105), accepted across tables (NFTO120 warns)" {
	local name=openwrt-fw4-software--inet-fw4
	g "while read -r dev; do ip link show \"\$dev\" >/dev/null 2>&1 || ip link add \"\$dev\" type dummy; ip link set \"\$dev\" up; done </root/rendered/$name.devices"
	g 'nft flush ruleset'
	g "printf '%s\n' 'table inet nftoffload {' ' flowtable a { hook ingress priority 0; devices = { \"wan\" }; }' ' flowtable b { hook ingress priority 0; devices = { \"wan\" }; }' '}' >/root/twice.nft"
	run g 'nft -c -f /root/twice.nft'
	echo "same table: $output"
	[ "$status" -ne 0 ]
	[[ "$output" == *"File exists"* ]]

	g "nft -f /root/rendered/$name.nft"
	g "printf '%s\n' 'table inet nftoffload {' ' flowtable ft { hook ingress priority 0; devices = { \"wan\" }; }' '}' >/root/second.nft"
	run g 'nft -c -f /root/second.nft'
	echo "beside fw4's flowtable: $output"
	g 'nft flush ruleset'
	[ "$status" -eq 0 ]
}

@test "a hardware-offload script on a device without offload fails as the validator predicts" {
	# the same hardware script with a dummy instead of the ftsim ports: the kernel answers
	# 'Operation not supported', which NFTO106 warns about before anything is sent
	g 'ip link show hwdummy >/dev/null 2>&1 || ip link add hwdummy type dummy; ip link set hwdummy up'
	g "sed 's/\"lan0\", \"wan0\"/\"hwdummy\"/' /root/rendered/openwrt-fw4-hardware--inet-fw4.nft >/root/hw-on-dummy.nft"
	run g 'nft -c -f /root/hw-on-dummy.nft'
	echo "$output"
	[ "$status" -ne 0 ]
	[[ "$output" == *"Operation not supported"* ]]
}

@test "wildcard device names are refused by the 6.1 kernel, as documented" {
	local name=wildcard-devices--inet-wild
	[ -e "$RENDERED/$name.wildcard" ]
	g "while read -r dev; do ip link show \"\$dev\" >/dev/null 2>&1 || ip link add \"\$dev\" type dummy; done </root/rendered/$name.devices"
	run g "nft -c -f /root/rendered/$name.nft"
	echo "$output"
	[ "$status" -ne 0 ]
}

@test "a rendered script applied in the guest lists back the same: CLI import and diff on the live ruleset" {
	local name=console-owned-beside-fw4--inet-nftoffload
	g "while read -r dev; do ip link show \"\$dev\" >/dev/null 2>&1 || ip link add \"\$dev\" type dummy; ip link set \"\$dev\" up; done </root/rendered/$name.devices"
	g 'nft flush ruleset'
	g "nft -f /root/rendered/$name.nft"
	# a foreign table beside ours, which import must keep as observed
	g 'nft add table inet fw4; nft add chain inet fw4 forward "{ type filter hook forward priority 0; policy accept; }"'
	g 'nft list ruleset' >"$BATS_FILE_TMPDIR/live.nft"
	g 'nft -j list ruleset' >"$BATS_FILE_TMPDIR/live.json"
	cat "$BATS_FILE_TMPDIR/live.nft"

	run cli import "$BATS_FILE_TMPDIR/live.nft" --json "$BATS_FILE_TMPDIR/live.json" --into "$BATS_FILE_TMPDIR/lab.nftfleet" --host lab
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"flowtable inet hw: hook ingress priority 5, devices [lan0, wan0], offload hardware, counter"* ]]
	[[ "$output" == *"table inet fw4 (observed, not managed)"* ]]

	# the script alone (stdout); validation warnings go to stderr
	cli render "$BATS_FILE_TMPDIR/lab.nftfleet" --host lab >"$BATS_FILE_TMPDIR/rerendered.nft" 2>"$BATS_FILE_TMPDIR/render.err"
	cat "$BATS_FILE_TMPDIR/render.err"
	diff -u "$RENDERED/$name.nft" "$BATS_FILE_TMPDIR/rerendered.nft"

	run cli diff "$BATS_FILE_TMPDIR/lab.nftfleet" --host lab --live "$BATS_FILE_TMPDIR/live.nft" --json "$BATS_FILE_TMPDIR/live.json"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"live ruleset matches"* ]]
	g 'nft flush ruleset'
}

@test "applying the console's script twice leaves fw4's table exactly as it was" {
	local name=console-owned-beside-fw4--inet-nftoffload
	# fw4's input policy drop would lock SSH out of the guest: accept instead, the rest as written
	sed 's/policy drop;/policy accept;/' "$REPO/bundles/org.nftoffload.nft.tests/fixtures/openwrt-fw4-software.nft" \
		>"$BATS_FILE_TMPDIR/fw4.nft"
	lab copy "$ENGINE_HOST" "$BATS_FILE_TMPDIR/fw4.nft" /root/fw4.nft
	g "while read -r dev; do ip link show \"\$dev\" >/dev/null 2>&1 || ip link add \"\$dev\" type dummy; ip link set \"\$dev\" up; done </root/rendered/openwrt-fw4-software--inet-fw4.devices"
	g "while read -r dev; do ip link show \"\$dev\" >/dev/null 2>&1 || ip link add \"\$dev\" type dummy; ip link set \"\$dev\" up; done </root/rendered/$name.devices"
	g 'nft flush ruleset'
	g 'nft -f /root/fw4.nft'
	g 'nft list table inet fw4' >"$BATS_FILE_TMPDIR/fw4-before.nft"
	# first apply creates the console's table, the second replaces it
	g "nft -f /root/rendered/$name.nft"
	g "nft -f /root/rendered/$name.nft"
	g 'nft list table inet fw4' >"$BATS_FILE_TMPDIR/fw4-after.nft"
	run g 'nft list tables'
	echo "$output"
	g 'nft flush ruleset'
	[[ "$output" == *"table inet nftoffload"* ]]
	grep -q 'flowtable ft' "$BATS_FILE_TMPDIR/fw4-before.nft"
	diff -u "$BATS_FILE_TMPDIR/fw4-before.nft" "$BATS_FILE_TMPDIR/fw4-after.nft"
}
