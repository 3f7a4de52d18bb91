package org.nftoffload.report;

import java.util.List;

/** The CSV files every report writes. */
final class CsvRendererNames {
	static final List<String> FILES = org.nftoffload.report.internal.CsvRenderer.FILES;

	private CsvRendererNames() {
	}
}
