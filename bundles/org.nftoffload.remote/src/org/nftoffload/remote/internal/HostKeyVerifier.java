package org.nftoffload.remote.internal;

import java.io.IOException;
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
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;

import org.nftoffload.remote.UnknownHostKeyPolicy;

/**
 * OpenSSH known_hosts semantics over two files: the user's {@code ~/.ssh/known_hosts} (read only,
 * hashed entries included, parsed by JSch) and the console's own file, where keys the user
 * accepted are appended. A key that matches either file is accepted; a host that either file knows
 * with a different key of the same type is refused, whatever the policy; an unknown host goes to
 * the {@link UnknownHostKeyPolicy}. JSch sees only OK / CHANGED / NOT_INCLUDED; what was decided
 * and both fingerprints are kept in {@link #outcome()} for the error message.
 */
public final class HostKeyVerifier implements HostKeyRepository {

	/** What the last check found (null until a check ran). */
	public record Outcome(String host, String keyType, String presented, String known, int result) {
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
		String type;
		try {
			type = new HostKey(host, HostKey.GUESS, key).getType();
		} catch (JSchException e) {
			outcome = new Outcome(host, "unknown", fingerprint(key), null, NOT_INCLUDED);
			return NOT_INCLUDED;
		}
		String presented = fingerprint(key);
		String known = null;
		for (HostKeyRepository repository : repositories()) {
			int result = repository.check(host, key);
			if (result == OK) {
				outcome = new Outcome(host, type, presented, presented, OK);
				return OK;
			}
			if (result == CHANGED && known == null) {
				for (HostKey recorded : repository.getHostKey(host, type)) {
					known = fingerprint(Base64.getDecoder().decode(recorded.getKey()));
					break;
				}
				if (known == null) {
					known = "(a key of another type)";
				}
			}
		}
		if (known != null) {
			outcome = new Outcome(host, type, presented, known, CHANGED);
			return CHANGED;
		}
		if (policy.accept(host, type, presented)) {
			try {
				record(host, type, key);
			} catch (IOException e) {
				outcome = new Outcome(host, type, presented, null, NOT_INCLUDED);
				return NOT_INCLUDED;
			}
			outcome = new Outcome(host, type, presented, null, OK);
			return OK;
		}
		outcome = new Outcome(host, type, presented, null, NOT_INCLUDED);
		return NOT_INCLUDED;
	}

	private synchronized void record(String host, String type, byte[] key) throws IOException {
		Files.createDirectories(consoleKnownHosts.toAbsolutePath().getParent());
		String line = host + " " + type + " " + Base64.getEncoder().encodeToString(key) + "\n";
		Files.writeString(consoleKnownHosts, line, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
	}

	private List<HostKeyRepository> repositories() {
		List<HostKeyRepository> repositories = new ArrayList<>();
		for (Path file : new Path[] { userKnownHosts, consoleKnownHosts }) {
			if (file != null && Files.isReadable(file)) {
				try {
					JSch reader = new JSch();
					reader.setKnownHosts(file.toString());
					repositories.add(reader.getHostKeyRepository());
				} catch (JSchException e) {
					// An unreadable known_hosts file is skipped like OpenSSH does; the host then counts as unknown.
				}
			}
		}
		return repositories;
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
		for (HostKeyRepository repository : repositories()) {
			all.addAll(List.of(repository.getHostKey()));
		}
		return all.toArray(HostKey[]::new);
	}

	@Override
	public HostKey[] getHostKey(String host, String type) {
		List<HostKey> all = new ArrayList<>();
		for (HostKeyRepository repository : repositories()) {
			all.addAll(List.of(repository.getHostKey(host, type)));
		}
		return all.toArray(HostKey[]::new);
	}
}
