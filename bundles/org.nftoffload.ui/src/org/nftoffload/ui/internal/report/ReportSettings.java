package org.nftoffload.ui.internal.report;

import java.nio.file.Path;
import java.util.Set;

import org.nftoffload.report.ReportFormat;
import org.nftoffload.report.ReportScope;

/** What the Export Report wizard asks: scope, formats, output directory, live data, baseline (or null). */
public record ReportSettings(ReportScope scope, Set<ReportFormat> formats, Path outputDirectory, boolean live,
		Path baseline) {
}
