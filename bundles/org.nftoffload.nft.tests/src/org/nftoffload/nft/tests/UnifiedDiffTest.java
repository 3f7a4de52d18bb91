package org.nftoffload.nft.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.nft.internal.UnifiedDiff;

/** The unified diff must be one that GNU patch applies: a real tool checks every hunk header. */
class UnifiedDiffTest {

	@TempDir
	Path dir;

	@Test
	void gnuPatchTurnsTheOldTextIntoTheNewOne() throws Exception {
		Random random = new Random(3L);
		for (int round = 0; round < 40; round++) {
			List<String> a = new ArrayList<>();
			int n = random.nextInt(40);
			for (int i = 0; i < n; i++) {
				a.add("line " + random.nextInt(12));
			}
			List<String> b = new ArrayList<>(a);
			for (int e = random.nextInt(6); e >= 0; e--) {
				int at = b.isEmpty() ? 0 : random.nextInt(b.size());
				switch (random.nextInt(3)) {
				case 0 -> b.add(at, "new " + random.nextInt(5));
				case 1 -> {
					if (!b.isEmpty()) {
						b.remove(at);
					}
				}
				default -> {
					if (!b.isEmpty()) {
						b.set(at, "changed " + random.nextInt(5));
					}
				}
				}
			}
			String oldText = a.isEmpty() ? "" : String.join("\n", a) + "\n";
			String newText = b.isEmpty() ? "" : String.join("\n", b) + "\n";
			String diff = UnifiedDiff.diff("a", oldText, "b", newText, 3);
			Path file = dir.resolve("file" + round);
			Files.writeString(file, oldText);
			if (!diff.isEmpty()) {
				Path patchFile = dir.resolve("patch" + round);
				Files.writeString(patchFile, diff);
				Process patch = new ProcessBuilder("patch", "--quiet", "--force", file.toString(), patchFile.toString())
						.redirectErrorStream(true).start();
				String output = new String(patch.getInputStream().readAllBytes());
				patch.waitFor(30, TimeUnit.SECONDS);
				assertEquals(0, patch.exitValue(), () -> "patch refused:\n" + output + "\n" + diff);
			}
			assertEquals(newText, Files.readString(file), diff);
		}
	}
}
