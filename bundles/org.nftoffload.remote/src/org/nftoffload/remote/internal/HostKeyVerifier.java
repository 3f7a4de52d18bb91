package org.nftoffload.remote.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;

import org.nftoffload.remote.UnknownHostKeyPolicy;

/**
 * OpenSSH known_hosts semantics over two files: the user's {@code ~/.ssh/known_hosts} (read only,
 * hashed entries included) and the console's own file, where keys the user accepted are appended.
 * Both are read by {@link KnownHosts}, not by JSch, whose reader lets {@code [host]:port} fall back
 * to {@code host}. A key that matches either file is accepted; a host that either file knows with
 * a different key of the same type is refused, whatever the policy, and so is a key marked
 * {@code @revoked}; an unknown host goes to the {@link UnknownHostKeyPolicy}. JSch sees only OK /
 * CHANGED / NOT_INCLUDED; what was decided, both fingerprints and the file that holds the old key
 * are kept in {@link #outcome()} for the error message.
 */
public final class HostKeyVerifier implements HostKeyRepository {

	/** {@link Outcome#result()} of a key that a known_hosts file marks {@code @revoked}. */
	public static final int REVOKED = 3;

	/**
	 * What the last check found (null until a check ran).
	 *
	 * @param knownFile the known_hosts file whose entry differs (CHANGED, REVOKED), else null
	 */
	public record Outcome(String host, String keyType, String presented, String known, int result, Path knownFile) {
	}

	private final Path userKnownHosts;
	private final Path consoleKnownHosts;
	private final UnknownHostKeyPolicy policy;
	private volatile Outcome outcome;

	public HostKeyVerifier(Path userKnownHosts, Path consoleKnownHosts, UnknownHostKeyPolicy policy) {
		this.userKnownHosts = userKnownHosts;
		this.consoleKnownHosts = consoleKnownHosts;
		this.policy = policy;
	}

	public Outcome outcome() {
		return outcome;
	}

	@Override
	public int check(String host, byte[] key) {
		String type = keyType(key);
		String presented = fingerprint(key);
		if (type == null) {
			outcome = new Outcome(host, "unknown", presented, null, NOT_INCLUDED, null);
			return NOT_INCLUDED;
		}
		List<KnownHosts> files = files();
		for (KnownHosts file : files) {
			if (file.revokes(key)) {
				outcome = new Outcome(host, type, presented, presented, REVOKED, file.file());
				return CHANGED;
			}
		}
		Outcome changed = null;
		for (KnownHosts file : files) {
			for (KnownHosts.Entry entry : file.keysFor(host)) {
				if (MessageDigest.isEqual(entry.key(), key)) {
					outcome = new Outcome(host, type, presented, presented, OK, file.file());
					return OK;
				}
				if (changed == null && type.equals(keyType(entry.key()))) {
					changed = new Outcome(host, type, presented, entry.fingerprint(), CHANGED, file.file());
				}
			}
		}
		if (changed != null) {
			outcome = changed;
			return CHANGED;
		}
		if (policy.accept(host, type, presented)) {
			try {
				record(host, type, key);
			} catch (IOException e) {
				outcome = new Outcome(host, type, presented, null, NOT_INCLUDED, null);
				return NOT_INCLUDED;
			}
			outcome = new Outcome(host, type, presented, null, OK, consoleKnownHosts);
			return OK;
		}
		outcome = new Outcome(host, type, presented, null, NOT_INCLUDED, null);
		return NOT_INCLUDED;
	}

	private synchronized void record(String host, String type, byte[] key) throws IOException {
		Files.createDirectories(consoleKnownHosts.toAbsolutePath().getParent());
		String line = host + " " + type + " " + Base64.getEncoder().encodeToString(key) + "\n";
		Files.writeString(consoleKnownHosts, line, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
	}

	private List<KnownHosts> files() {
		List<KnownHosts> files = new ArrayList<>();
		for (Path file : new Path[] { userKnownHosts, consoleKnownHosts }) {
			if (file != null) {
				files.add(KnownHosts.read(file));
			}
		}
		return files;
	}

	/** The algorithm name a public key blob starts with (RFC 4253, 6.6), or null if it has none. */
	public static String keyType(byte[] blob) {
		if (blob == null || blob.length < 4) {
			return null;
		}
		int length = ByteBuffer.wrap(blob, 0, 4).getInt();
		if (length <= 0 || length > blob.length - 4) {
			return null;
		}
		return new String(blob, 4, length, StandardCharsets.US_ASCII);
	}

	/** OpenSSH's format: {@code SHA256:} and unpadded base64 of the key blob's SHA-256. */
	public static String fingerprint(byte[] key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
			return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void add(HostKey hostkey, UserInfo ui) {
		// Keys are only recorded through the policy in check().
	}

	@Override
	public void remove(String host, String type) {
	}

	@Override
	public void remove(String host, String type, byte[] key) {
	}

	@Override
	public String getKnownHostsRepositoryID() {
		return "nft-offload known hosts";
	}

	@Override
	public HostKey[] getHostKey() {
		List<HostKey> all = new ArrayList<>();
		for (KnownHosts file : files()) {
			for (KnownHosts.Entry entry : file.entries()) {
				if (entry.marker() == null) {
					add(all, entry.hosts(), entry.key());
				}
			}
		}
		return all.toArray(HostKey[]::new);
	}

	/** The keys known for {@code host} (JSch uses their types to prefer those host key algorithms). */
	@Override
	public HostKey[] getHostKey(String host, String type) {
		List<HostKey> all = new ArrayList<>();
		if (host == null) {
			return getHostKey();
		}
		for (KnownHosts file : files()) {
			for (KnownHosts.Entry entry : file.keysFor(host)) {
				if (type == null || type.equals(keyType(entry.key()))) {
					add(all, host, entry.key());
				}
			}
		}
		return all.toArray(HostKey[]::new);
	}

	private static void add(List<HostKey> keys, String host, byte[] key) {
		try {
			keys.add(new HostKey(host, HostKey.GUESS, key));
		} catch (JSchException e) {
			// A key type JSch does not know cannot be negotiated either; it is left out.
		}
	}
}
