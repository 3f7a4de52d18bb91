package org.nftoffload.remote;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The console's per-user cache directory on a host, {@code ~/.cache/nft-offload}, where the agent
 * and the kmod package are uploaded. The home directory is read from the host and checked before
 * it is put into any command: only plain absolute paths are used, always single-quoted. What goes
 * there is shipped inside this bundle and named by its SHA-256, so a current copy is reused.
 */
final class RemoteCache {

	private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9_./+-]*");

	private RemoteCache() {
	}

	/** The cache directory of the SSH user, from the home directory the host reports. */
	static String directory(SshConnection connection) throws RemoteException {
		ExecResult who = connection.exec("printf '%s\\n' \"$HOME\"", null);
		String[] lines = who.stdout().split("\n");
		if (!who.ok() || lines.length < 1) {
			throw new RemoteException(connection.name(), "could not read the home directory (exit "
					+ who.exitStatus() + ": " + who.stderr().strip() + ")");
		}
		String home = lines[0].strip();
		if (!SAFE_PATH.matcher(home).matches() || home.contains("..")) {
			throw new RemoteException(connection.name(), "home directory '" + home + "' of " + connection.user()
					+ " has characters the console does not put into a command; use a user with a plain home path");
		}
		return (home.equals("/") ? "" : home) + "/.cache/nft-offload";
	}

	/** Single-quotes a value for sh; values here are checked paths, quoting is the second fence. */
	static String quote(String value) {
		return "'" + value.replace("'", "'\\''") + "'";
	}

	/** A file this bundle ships (the build copies it in; see pom.xml), e.g. the agent. */
	static byte[] shipped(String entry) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(RemoteCache.class);
		URL url = bundle == null ? RemoteCache.class.getResource("/" + entry) : bundle.getEntry(entry);
		if (url == null) {
			throw new IOException("the product has no " + entry + " (broken build)");
		}
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
