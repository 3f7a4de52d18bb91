package org.nftoffload.remote;

import java.io.IOException;

/**
 * The kmod package this product ships (what {@code module.build} needs of {@code kmod/}: Makefile,
 * Kbuild, src/), as one deterministic tar archive made by the build, and its upload to a host. On
 * the host it lives, unpacked, in {@code ~/.cache/nft-offload/kmod-<sha256>/}: the directory is
 * named by the archive's hash, reused while it holds that archive, and otherwise unpacked under a
 * temporary name and renamed, so a directory under the final name is always complete. Its path is
 * what {@code module.build pkg=} takes.
 */
public final class KmodPackage {

	/** Where the bundle keeps the archive (made from kmod/ by the build, see pom.xml). */
	public static final String ARCHIVE_ENTRY = "kmod/nft-offload-kmod.tar";

	/** The archive's file name, kept inside the unpacked directory to tell whether it is current. */
	static final String ARCHIVE_NAME = "nft-offload-kmod.tar";

	private final byte[] archive;
	private final String sha256;

	public KmodPackage(byte[] archive) {
		this.archive = archive.clone();
		this.sha256 = RemoteCache.sha256(archive);
	}

	/** The package shipped in this bundle. */
	public static KmodPackage shipped() throws IOException {
		return new KmodPackage(RemoteCache.shipped(ARCHIVE_ENTRY));
	}

	public String sha256() {
		return sha256;
	}

	/** The tar archive as shipped. */
	public byte[] archive() {
		return archive.clone();
	}

	/** Where the package is on one host, and whether this call put it there. */
	public record Uploaded(String directory, boolean uploaded) {
	}

	/** Makes sure the unpacked package is on the host; returns its directory (for {@code pkg=}). */
	public Uploaded upload(SshConnection connection) throws RemoteException {
		String dir = RemoteCache.directory(connection);
		String target = dir + "/kmod-" + sha256;
		ExecResult check = connection.exec("d=" + RemoteCache.quote(target) + "; if [ -f \"$d/Makefile\" ]"
				+ " && [ -f \"$d/Kbuild\" ] && [ -f \"$d/src/collect-sources\" ] && command -v sha256sum >/dev/null"
				+ " && [ \"$(sha256sum < \"$d/" + ARCHIVE_NAME + "\" | cut -c1-64)\" = " + sha256
				+ " ]; then echo current; else echo stale; fi", null);
		if (check.stdout().strip().equals("current")) {
			return new Uploaded(target, false);
		}
		// The temporary directory carries the shell's pid: two consoles uploading at once do not
		// unpack into each other's files; the last rename wins, and both directories are the same.
		String temporary = dir + "/.kmod-" + sha256 + ".tmp";
		ExecResult upload = connection.exec("command -v tar >/dev/null || { echo 'tar is not installed' >&2; exit 3; }; "
				+ "umask 077; t=" + RemoteCache.quote(temporary) + ".$$; d=" + RemoteCache.quote(target) + "; "
				+ "mkdir -p " + RemoteCache.quote(dir) + " && rm -rf \"$t\" && mkdir \"$t\" && cat > \"$t/" + ARCHIVE_NAME
				+ "\" && (cd \"$t\" && tar -x -f " + ARCHIVE_NAME + ") && rm -rf \"$d\" && mv \"$t\" \"$d\""
				+ " || { s=$?; rm -rf \"$t\"; exit $s; }", archive);
		if (!upload.ok()) {
			throw new RemoteException(connection.name(), "uploading the kmod package to " + target + " failed (exit "
					+ upload.exitStatus() + "): " + upload.stderr().strip()
					+ (upload.exitStatus() == 3 ? "; install tar (or busybox tar) on the host"
							: "; check that the home directory is writable and has room"));
		}
		return new Uploaded(target, true);
	}

	@Override
	public String toString() {
		return "kmod package " + sha256.substring(0, 12) + " (" + archive.length + " bytes)";
	}
}
