package org.nftoffload.model.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Regenerates the model bundle's code from its committed .genmodel into target/ and fails, naming
 * every file that differs, is missing or is extra, when the committed generated files are not exactly
 * what the generator makes. This keeps "the .ecore/.genmodel is the source of truth" honest: a hand
 * edit in src-gen/ without {@code @generated NOT}, or a model change without regeneration, fails here.
 */
class CommittedCodeMatchesGeneratorTest {

	/** What the generator owns in the bundle; MANIFEST.MF and build.properties are maintained by hand. */
	static final List<String> GENERATED_ROOTS = List.of("src-gen", "icons", "plugin.xml", "plugin.properties");

	@Test
	void committedGeneratedCodeEqualsAFreshRegeneration() throws IOException {
		Path bundle = Path.of(System.getProperty("nfto.model.bundle", "../../bundles/org.nftoffload.model"));
		Path out = Path.of(System.getProperty("nfto.codegen.out", "target/regenerated"));
		deleteTree(out);

		Diagnostic result = RegenerateModel.generate(bundle, out);
		assertTrue(result.getSeverity() < Diagnostic.ERROR, () -> "EMF codegen failed: " + RegenerateModel.describe(result));

		Set<String> committed = listFiles(bundle);
		Set<String> regenerated = listFiles(out);
		assertTrue(regenerated.size() > 20, "the generator produced only " + regenerated + ": the check would prove nothing");

		List<String> problems = new ArrayList<>();
		for (String file : regenerated) {
			if (!committed.contains(file)) {
				problems.add("missing from the bundle (not committed): " + file);
			} else if (!Arrays.equals(Files.readAllBytes(bundle.resolve(file)), Files.readAllBytes(out.resolve(file)))) {
				problems.add("differs from a fresh regeneration: " + file);
			}
		}
		for (String file : committed) {
			if (!regenerated.contains(file)) {
				problems.add("not produced by the generator (stale or hand-written, move it to src/): " + file);
			}
		}
		if (!problems.isEmpty()) {
			fail(problems.size() + " generated file(s) out of date; run releng/regenerate-model.sh and commit:\n  "
					+ String.join("\n  ", problems));
		}
		assertEquals(committed, regenerated);
	}

	private static Set<String> listFiles(Path root) throws IOException {
		Set<String> files = new TreeSet<>();
		for (String top : GENERATED_ROOTS) {
			Path start = root.resolve(top);
			if (!Files.exists(start)) {
				continue;
			}
			try (Stream<Path> walk = Files.walk(start)) {
				walk.filter(Files::isRegularFile).forEach(p -> files.add(root.relativize(p).toString()));
			}
		}
		return files;
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
				Files.delete(p);
			}
		}
	}
}
