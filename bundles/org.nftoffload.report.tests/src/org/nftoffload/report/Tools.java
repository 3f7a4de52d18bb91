package org.nftoffload.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real programs the report tests check output with: poppler's pdftotext/pdftoppm, Debian's chromium. */
final class Tools {

	private Tools() {
	}

	/** Runs {@code command}, at most {@code seconds}; fails the test on a non-zero exit or a time-out. */
	static String run(int seconds, String... command) throws IOException, InterruptedException {
		Path log = Files.createTempFile("report-tool", ".log");
		Process p;
		try {
			p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		} catch (IOException e) {
			fail(command[0] + " is not installed (" + e.getMessage() + "): run-tests.sh and .ci/run install"
					+ " poppler-utils and chromium; as root: apt-get install poppler-utils chromium");
			return null;
		}
		if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
			p.descendants().forEach(ProcessHandle::destroyForcibly);
			p.destroyForcibly();
			fail(String.join(" ", command) + " did not finish in " + seconds + " s");
		}
		String out = Files.readString(log, StandardCharsets.UTF_8);
		Files.delete(log);
		assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
		return out;
	}

	/** The PDF's text, whitespace collapsed to single spaces (table cells wrap). */
	static String pdfText(Path pdf) throws IOException, InterruptedException {
		Path txt = pdf.resolveSibling(pdf.getFileName() + ".txt");
		run(120, "pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString());
		return Files.readString(txt, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
	}

	/** Page {@code page} of the PDF as a PNG at {@code target} (pdftoppm appends nothing with -singlefile). */
	static Path pdfPage(Path pdf, int page, Path target) throws IOException, InterruptedException {
		Files.createDirectories(target.getParent());
		String base = target.toString().replaceFirst("\\.png$", "");
		run(120, "pdftoppm", "-png", "-r", "80", "-f", String.valueOf(page), "-l", String.valueOf(page), "-singlefile",
				pdf.toString(), base);
		assertTrue(Files.size(target) > 10_000, target + " is too small to show a page");
		return target;
	}

	static List<String> chromium(String... args) {
		List<String> command = new java.util.ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
				"--no-first-run", "--disable-extensions", "--disable-background-networking", "--disable-sync",
				"--user-data-dir=" + System.getProperty("java.io.tmpdir") + "/report-chromium-" + ProcessHandle.current().pid()));
		command.addAll(List.of(args));
		return command;
	}

	/** A screenshot of {@code html} as Debian's headless chromium renders it. */
	static Path screenshot(Path html, Path target, int width, int height) throws IOException, InterruptedException {
		Files.createDirectories(target.getParent());
		Files.deleteIfExists(target);
		run(180, chromium("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + target,
				html.toUri().toString()).toArray(String[]::new));
		assertTrue(Files.size(target) > 10_000, target + " is too small to show the report");
		return target;
	}

	/** The DOM after chromium loaded {@code html} (and ran whatever script it would run). */
	static String dumpDom(Path html) throws IOException, InterruptedException {
		return run(180, chromium("--dump-dom", html.toUri().toString()).toArray(String[]::new));
	}

	static Path screenshots() {
		String dir = System.getProperty("nfto.screenshots");
		return dir == null ? Path.of("target", "screenshots") : Path.of(dir);
	}
}
