package org.nftoffload.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.nftoffload.report.internal.CsvRenderer;
import org.nftoffload.report.internal.JsonRenderer;
import org.nftoffload.report.internal.MarkdownRenderer;
import org.nftoffload.report.internal.PdfRenderer;
import org.nftoffload.report.internal.XhtmlRenderer;

/**
 * Writes a report in the asked formats into a directory. Each file is written to a temporary file
 * beside it and moved into place when complete, so a failure or a cancel never leaves a half
 * report under the final name (an earlier report of the same name stays as it was).
 */
public final class ReportWriter {

	private ReportWriter() {
	}

	/** Writes {@code formats} into {@code dir} (created when missing); returns the files written, in format order. */
	public static List<Path> write(Report report, Set<ReportFormat> formats, Path dir, IProgressMonitor monitor)
			throws ReportException {
		SubMonitor progress = SubMonitor.convert(monitor, "Writing the report", formats.size());
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			throw new ReportException(dir + ": cannot create the output directory (" + e.getMessage() + ")", e);
		}
		List<Path> written = new ArrayList<>();
		for (ReportFormat format : ReportFormat.values()) {
			if (!formats.contains(format)) {
				continue;
			}
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask(format.files());
			try {
				switch (format) {
				case HTML -> written.add(atomically(dir.resolve("report.html"), out -> text(out,
						w -> XhtmlRenderer.writeHtml(report, w))));
				case PDF -> written.add(atomically(dir.resolve("report.pdf"), out -> PdfRenderer.write(report, out)));
				case MD -> written.add(atomically(dir.resolve("report.md"), out -> text(out,
						w -> MarkdownRenderer.write(report, w))));
				case JSON -> written.add(atomically(dir.resolve("report.json"), out -> JsonRenderer.write(report, out)));
				case CSV -> written.addAll(csv(report, dir));
				}
			} catch (IOException | RuntimeException e) {
				throw new ReportException(dir + ": the " + format.id() + " report could not be written (" + e
						+ "); files of earlier reports there are unchanged", e);
			}
			progress.worked(1);
		}
		return written;
	}

	private interface Body {
		void write(OutputStream out) throws IOException;
	}

	private interface TextBody {
		void write(Writer out) throws IOException;
	}

	private static void text(OutputStream out, TextBody body) throws IOException {
		Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		body.write(writer);
		writer.flush();
	}

	private static Path atomically(Path file, Body body) throws IOException {
		Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
		try {
			try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
				body.write(out);
			}
			move(temp, file);
			temp = null;
			return file;
		} finally {
			if (temp != null) {
				Files.deleteIfExists(temp);
			}
		}
	}

	private static List<Path> csv(Report report, Path dir) throws IOException {
		Path temp = Files.createTempDirectory(dir, ".csv");
		try {
			List<Path> files = CsvRenderer.write(report, temp);
			List<Path> moved = new ArrayList<>();
			for (Path f : files) {
				Path target = dir.resolve(f.getFileName().toString());
				move(f, target);
				moved.add(target);
			}
			return moved;
		} finally {
			try (Stream<Path> left = Files.walk(temp)) {
				for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(p);
				}
			}
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
