package org.nftoffload.nft.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The ruleset fixtures of this fragment (fixtures/*.nft, *.json), found from the repository root. */
public final class Fixtures {

	private Fixtures() {
	}

	/** The fixtures directory: ${nfto.repo}/bundles/org.nftoffload.nft.tests/fixtures, or ./fixtures. */
	public static Path directory() {
		String repo = System.getProperty("nfto.repo");
		if (repo != null) {
			Path dir = Path.of(repo, "bundles", "org.nftoffload.nft.tests", "fixtures");
			if (Files.isDirectory(dir)) {
				return dir;
			}
		}
		for (Path candidate : List.of(Path.of("fixtures"), Path.of("bundles/org.nftoffload.nft.tests/fixtures"))) {
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("fixtures not found: set -Dnfto.repo=<repository root> (cwd " + Path.of("").toAbsolutePath() + ")");
	}

	/** Every *.nft fixture, sorted by name; never empty. */
	public static List<Path> rulesets() {
		try (Stream<Path> files = Files.list(directory())) {
			List<Path> list = files.filter(p -> p.getFileName().toString().endsWith(".nft")).sorted().toList();
			if (list.size() < 5) {
				throw new IllegalStateException("expected the ruleset fixtures in " + directory() + ", found " + list);
			}
			return list;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static String read(String name) {
		return read(directory().resolve(name));
	}

	public static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
