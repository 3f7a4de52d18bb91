package org.nftoffload.remote.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One known_hosts file read the way OpenSSH's sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT" describes it:
 * comma-separated patterns with {@code *} and {@code ?}, negation with {@code !}, hashed names
 * ({@code |1|salt|hash}), {@code @revoked} and {@code @cert-authority} markers. A host on a port
 * other than 22 is named {@code [host]:port} and matches only entries for that name: unlike JSch's
 * own reader there is no fall-back to the bare host, which made a key recorded for one service on
 * an address count as the "changed" key of every other port there.
 */
public final class KnownHosts {

	/** One key line: where it is, for whom, and the key. */
	public record Entry(Path file, int line, String marker, String hosts, String type, byte[] key) {

		/** Whether this line speaks for {@code host} ({@code name} or {@code [name]:port}). */
		public boolean matches(String host) {
			String name = host.toLowerCase(Locale.ROOT);
			if (hosts.startsWith("|1|")) {
				return hashedMatches(hosts, name);
			}
			boolean matched = false;
			for (String pattern : hosts.split(",")) {
				boolean negated = pattern.startsWith("!");
				String body = (negated ? pattern.substring(1) : pattern).toLowerCase(Locale.ROOT);
				if (glob(body, name)) {
					if (negated) {
						return false;
					}
					matched = true;
				}
			}
			return matched;
		}

		public boolean revoked() {
			return "@revoked".equals(marker);
		}

		public boolean certificateAuthority() {
			return "@cert-authority".equals(marker);
		}

		public String fingerprint() {
			return HostKeyVerifier.fingerprint(key);
		}
	}

	private final Path file;
	private final List<Entry> entries;

	private KnownHosts(Path file, List<Entry> entries) {
		this.file = file;
		this.entries = List.copyOf(entries);
	}

	/** The file's key lines; a missing or unreadable file has none (as for OpenSSH). */
	public static KnownHosts read(Path file) {
		List<Entry> entries = new ArrayList<>();
		if (file == null || !Files.isReadable(file)) {
			return new KnownHosts(file, entries);
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			return new KnownHosts(file, entries);
		}
		for (int i = 0; i < lines.size(); i++) {
			Entry entry = parse(file, i + 1, lines.get(i));
			if (entry != null) {
				entries.add(entry);
			}
		}
		return new KnownHosts(file, entries);
	}

	private static Entry parse(Path file, int number, String line) {
		String trimmed = line.strip();
		if (trimmed.isEmpty() || trimmed.startsWith("#")) {
			return null;
		}
		String[] fields = trimmed.split("[ \t]+");
		int at = 0;
		String marker = null;
		if (fields[0].startsWith("@")) {
			marker = fields[0];
			at = 1;
		}
		if (fields.length < at + 3) {
			return null;
		}
		try {
			return new Entry(file, number, marker, fields[at], fields[at + 1], Base64.getDecoder().decode(fields[at + 2]));
		} catch (IllegalArgumentException e) {
			// A line whose key is not base64 is skipped, as ssh does.
			return null;
		}
	}

	public Path file() {
		return file;
	}

	public List<Entry> entries() {
		return entries;
	}

	/** The plain key lines (no markers) that speak for {@code host}. */
	public List<Entry> keysFor(String host) {
		return entries.stream().filter(e -> e.marker() == null && e.matches(host)).toList();
	}

	/** Whether {@code key} is revoked in this file. */
	public boolean revokes(byte[] key) {
		return entries.stream().anyMatch(e -> e.revoked() && MessageDigest.isEqual(e.key(), key));
	}

	/**
	 * Removes the given line (by number, checked against its content) and writes the file anew
	 * through a temporary file and a rename, keeping every other line as it was.
	 *
	 * @throws IOException when the file changed so that the line is no longer there
	 */
	public static void remove(Entry entry) throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(entry.file(), StandardCharsets.UTF_8));
		if (entry.line() > lines.size()) {
			throw new IOException(entry.file() + " changed while it was shown; open the list again");
		}
		Entry current = parse(entry.file(), entry.line(), lines.get(entry.line() - 1));
		if (current == null || !current.hosts().equals(entry.hosts()) || !MessageDigest.isEqual(current.key(), entry.key())) {
			throw new IOException(entry.file() + " changed while it was shown; open the list again");
		}
		lines.remove(entry.line() - 1);
		Path temporary = entry.file().resolveSibling(entry.file().getFileName() + ".tmp");
		Files.write(temporary, lines, StandardCharsets.UTF_8);
		Files.move(temporary, entry.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static boolean hashedMatches(String hashed, String host) {
		String[] parts = hashed.split("\\|");
		if (parts.length != 4) {
			return false;
		}
		try {
			byte[] salt = Base64.getDecoder().decode(parts[2]);
			byte[] expected = Base64.getDecoder().decode(parts[3]);
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(salt, "HmacSHA1"));
			return MessageDigest.isEqual(expected, mac.doFinal(host.getBytes(StandardCharsets.UTF_8)));
		} catch (IllegalArgumentException | GeneralSecurityException e) {
			return false;
		}
	}

	/** OpenSSH's match_pattern: {@code *} any run, {@code ?} one character, everything else literal. */
	static boolean glob(String pattern, String text) {
		return glob(pattern, 0, text, 0);
	}

	private static boolean glob(String pattern, int p, String text, int t) {
		while (p < pattern.length()) {
			char c = pattern.charAt(p);
			if (c == '*') {
				for (int k = t; k <= text.length(); k++) {
					if (glob(pattern, p + 1, text, k)) {
						return true;
					}
				}
				return false;
			}
			if (t >= text.length() || (c != '?' && c != text.charAt(t))) {
				return false;
			}
			p++;
			t++;
		}
		return t == text.length();
	}
}
