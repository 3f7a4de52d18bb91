#!/usr/bin/env bats
# kmod-nft-offload: the out-of-tree build from the lab kernel's own source,
# loading the result where the modules are missing, and the DKMS, Debian and
# RPM packaging around it.

load helpers/lab

setup_file() {
	KVER=$(lab kernel-release)
	KDIR=$(lab kernel-headers)
	KSRC=$(lab kernel-source)
	BUILD="$BATS_FILE_TMPDIR/build"
	export KVER KDIR KSRC BUILD
	local start=$SECONDS
	make -C "$KMOD_DIR" KVER="$KVER" KDIR="$KDIR" KSRC="$KSRC" BUILD_DIR="$BUILD" modules \
		>"$BATS_FILE_TMPDIR/build.log" 2>&1 || { cat "$BATS_FILE_TMPDIR/build.log" >&2; return 1; }
	echo $((SECONDS - start)) >"$BATS_FILE_TMPDIR/build-seconds"
}

teardown_file() {
	lab_stop_own
}

@test "build scripts are shellcheck clean" {
	run shellcheck "$KMOD_DIR/src/collect-sources"
	echo "$output"
	[ "$status" -eq 0 ]
}

@test "the build makes the three modules with the lab kernel's vermagic" {
	record_figure module_build_seconds "$(cat "$BATS_FILE_TMPDIR/build-seconds")"
	for module in nf_flow_table nf_flow_table_inet nft_flow_offload; do
		[ -f "$BUILD/$module.ko" ]
		vermagic=$(modinfo -F vermagic "$BUILD/$module.ko")
		[ "${vermagic%% *}" = "$KVER" ] || { echo "$module vermagic '$vermagic' is not $KVER"; return 1; }
	done
	# Built from that kernel's own files, found by version, not from here.
	[ "$(sed -n 's/^source_version=//p' "$BUILD/sources.txt")" = "$(sed -n 's/^headers_version=//p' "$BUILD/sources.txt")" ]
	grep -q '^files=.*nf_flow_table_core.c.*nft_flow_offload.c' "$BUILD/sources.txt"
	[ "$(modinfo -F depends "$BUILD/nft_flow_offload.ko")" = "nf_tables,nf_conntrack,nf_flow_table" ]
}

@test "the build takes the source from Debian's linux-source tarball too" {
	src=$(lab kernel-source-tarball)
	[[ $src == */linux-source-6.1.tar.xz ]]
	run make -C "$KMOD_DIR" KVER="$KVER" KDIR="$KDIR" KSRC="$src" BUILD_DIR="$BATS_TEST_TMPDIR/b" modules
	[ "$status" -eq 0 ] || { echo "$output"; return 1; }
	cmp "$BUILD/nf_flow_table_core.c" "$BATS_TEST_TMPDIR/b/nf_flow_table_core.c"
	[ -f "$BATS_TEST_TMPDIR/b/nft_flow_offload.ko" ]
}

@test "a source of another kernel version is refused with a clear message" {
	mkdir -p "$BATS_TEST_TMPDIR/old/net/netfilter"
	printf 'VERSION = 5\nPATCHLEVEL = 10\nSUBLEVEL = 0\n' >"$BATS_TEST_TMPDIR/old/Makefile"
	touch "$BATS_TEST_TMPDIR/old/net/netfilter/nf_flow_table_core.c"
	run make -C "$KMOD_DIR" KVER="$KVER" KDIR="$KDIR" KSRC="$BATS_TEST_TMPDIR/old" BUILD_DIR="$BATS_TEST_TMPDIR/b" modules
	[ "$status" -ne 0 ]
	[[ $output == *"is kernel 5.10.0 but KDIR=$KDIR is 6.1."* ]]
	run make -C "$KMOD_DIR" KVER="$KVER" KDIR="$KDIR" KSRC="$BATS_TEST_TMPDIR/none" BUILD_DIR="$BATS_TEST_TMPDIR/b" modules
	[ "$status" -ne 0 ]
	[[ $output == *"KSRC=$BATS_TEST_TMPDIR/none does not exist"* ]]
	run make -C "$KMOD_DIR" KVER=0.0-none KDIR="$BATS_TEST_TMPDIR/nohdr" BUILD_DIR="$BATS_TEST_TMPDIR/b" modules
	[ "$status" -ne 0 ]
	[[ $output == *"no kernel headers at KDIR=$BATS_TEST_TMPDIR/nohdr"* ]]
}

@test "bare variant: no flowtable until the built modules are loaded, then flows are offloaded" {
	local start=$SECONDS
	host=$(lab_host bare)
	run lab ssh "$host" 'ls /lib/modules/$(uname -r)/kernel/net/netfilter | grep -c -e nf_flow_table -e nft_flow_offload;
		printf "table inet probe {\n flowtable ft {\n hook ingress priority 0; devices = { lan0, wan0 };\n }\n}\n" | nft -f -'
	echo "$output"
	[ "$status" -ne 0 ]
	[ "${lines[0]}" = 0 ]
	[[ $output == *"Could not process rule: No such file or directory"* ]]
	for module in nf_flow_table nf_flow_table_inet nft_flow_offload; do
		lab copy "$host" "$BUILD/$module.ko" "/tmp/$module.ko"
	done
	run lab ssh "$host" 'modprobe nf_conntrack && modprobe nf_tables && insmod /tmp/nf_flow_table.ko &&
		insmod /tmp/nf_flow_table_inet.ko && insmod /tmp/nft_flow_offload.ko && lsmod'
	echo "$output"
	[ "$status" -eq 0 ]
	[[ $output == *nft_flow_offload* ]]
	assert_offload_works "$host"
	record_figure bare_variant_end_to_end_seconds $((SECONDS - start + $(cat "$BATS_FILE_TMPDIR/build-seconds")))
}

@test "bare variant: installed modules load by name through depmod and the modprobe.d softdep" {
	host=$(lab_host bare)
	for module in nf_flow_table nf_flow_table_inet nft_flow_offload; do
		lab copy "$host" "$BUILD/$module.ko" "/tmp/$module.ko"
	done
	lab copy "$host" "$KMOD_DIR/etc/modprobe.d/nft-offload.conf" /tmp/nft-offload-modprobe.conf
	run lab ssh "$host" 'set -e; nft flush ruleset; for m in nft_flow_offload nf_flow_table_inet nf_flow_table; do
			if grep -q "^$m " /proc/modules; then rmmod $m; fi; done
		dir=/lib/modules/$(uname -r)/updates; mkdir -p $dir /etc/modprobe.d
		cp /tmp/nf_flow_table.ko /tmp/nf_flow_table_inet.ko /tmp/nft_flow_offload.ko $dir/
		cp /tmp/nft-offload-modprobe.conf /etc/modprobe.d/nft-offload.conf
		depmod -a; modprobe nft_flow_offload; lsmod | cut -d" " -f1'
	echo "$output"
	[ "$status" -eq 0 ]
	[[ $output == *nf_flow_table_inet* ]]
	[[ $output == *nft_flow_offload* ]]
	assert_offload_works "$host"
}

@test "dkms builds the modules for the lab kernel (not the running one)" {
	command -v dkms
	make -C "$KMOD_DIR" dist >/dev/null
	mkdir -p "$BATS_TEST_TMPDIR/src" "$BATS_TEST_TMPDIR/dkms"
	tar -xzf "$KMOD_DIR/build/nft-offload-0.1.0.tar.gz" -C "$BATS_TEST_TMPDIR/src"
	dkms_args=(--dkmstree "$BATS_TEST_TMPDIR/dkms" --sourcetree "$BATS_TEST_TMPDIR/src")
	run env KSRC="$KSRC" dkms "${dkms_args[@]}" add -m nft-offload -v 0.1.0
	[ "$status" -eq 0 ] || { echo "$output"; return 1; }
	local start=$SECONDS
	run env KSRC="$KSRC" dkms "${dkms_args[@]}" build -m nft-offload -v 0.1.0 -k "$KVER" --kernelsourcedir "$KDIR"
	echo "$output"
	[ "$status" -eq 0 ]
	record_figure dkms_build_seconds $((SECONDS - start))
	built="$BATS_TEST_TMPDIR/dkms/nft-offload/0.1.0/$KVER/x86_64/module"
	for module in nf_flow_table nf_flow_table_inet nft_flow_offload; do
		ko=$(ls "$built/$module".ko*)
		[ "$(modinfo -F vermagic "$ko" | cut -d' ' -f1)" = "$KVER" ]
	done
	run dkms "${dkms_args[@]}" status -m nft-offload -v 0.1.0 -k "$KVER"
	[[ $output == *"nft-offload/0.1.0, $KVER, x86_64: built"* ]]
}

@test "the Debian nft-offload-dkms package carries dkms.conf and depends on dkms" {
	command -v dpkg-buildpackage dh_dkms
	make -C "$KMOD_DIR" dist >/dev/null
	tar -xzf "$KMOD_DIR/build/nft-offload-0.1.0.tar.gz" -C "$BATS_TEST_TMPDIR"
	cp -a "$KMOD_DIR/debian" "$BATS_TEST_TMPDIR/nft-offload-0.1.0/"
	run bash -c "cd '$BATS_TEST_TMPDIR/nft-offload-0.1.0' && dpkg-buildpackage -b -us -uc"
	[ "$status" -eq 0 ] || { echo "$output"; return 1; }
	deb="$BATS_TEST_TMPDIR/nft-offload-dkms_0.1.0_all.deb"
	dpkg-deb -c "$deb" | grep -q ' ./usr/src/nft-offload-0.1.0/dkms.conf$'
	dpkg-deb -c "$deb" | grep -q ' ./usr/src/nft-offload-0.1.0/src/collect-sources$'
	dpkg-deb -c "$deb" | grep -q ' ./usr/lib/modules-load.d/nft-offload.conf$'
	dpkg-deb -f "$deb" Depends | grep -q 'dkms'
	dpkg-deb -I "$deb" postinst | grep -q dkms
}

@test "rpmbuild -bs succeeds for the kABI kmod, the akmod and the common spec" {
	command -v rpmbuild
	make -C "$KMOD_DIR" dist >/dev/null
	top="$BATS_TEST_TMPDIR/rpm"
	mkdir -p "$top/SOURCES"
	cp "$KMOD_DIR/build/nft-offload-0.1.0.tar.gz" "$top/SOURCES/"
	for spec in kmod-nft-offload nft-offload-kmod nft-offload; do
		# --nodeps: this is a Debian host; BuildRequires are RHEL/Fedora packages.
		run rpmbuild -bs --nodeps --define "_topdir $top" "$KMOD_DIR/rpm/$spec.spec"
		echo "$output"
		[ "$status" -eq 0 ]
	done
	ls "$top"/SRPMS/kmod-nft-offload-0.1.0-1*.src.rpm "$top"/SRPMS/nft-offload-kmod-0.1.0-1*.src.rpm \
		"$top"/SRPMS/nft-offload-0.1.0-1*.src.rpm
	run rpm -qp --requires "$top"/SRPMS/kmod-nft-offload-0.1.0-1*.src.rpm
	[[ $output == *"kernel-devel-uname-r = 5.14.0-503.11.1.el9_5.x86_64"* ]]
	run rpmbuild -bs --nodeps --define "_topdir $top" --define "kversion 6.12.0-55.9.1.el10_0.x86_64" \
		"$KMOD_DIR/rpm/kmod-nft-offload.spec"
	[ "$status" -eq 0 ]
	run rpm -qp --requires "$top"/SRPMS/kmod-nft-offload-0.1.0-1*.src.rpm
	[[ $output == *"kernel-devel-uname-r = 6.12.0-55.9.1.el10_0.x86_64"* ]]
}
