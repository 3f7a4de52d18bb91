package org.nftoffload.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The formats a report is written in; {@link #parse} reads the CLI's {@code --format html,pdf,...}. */
public enum ReportFormat {
	HTML("html", "report.html"), PDF("pdf", "report.pdf"), CSV("csv", "hosts.csv, flowtables.csv, rules.csv, findings.csv"),
	MD("md", "report.md"), JSON("json", "report.json");

	private final String id;
	private final String files;

	ReportFormat(String id, String files) {
		this.id = id;
		this.files = files;
	}

	public String id() {
		return id;
	}

	/** The file name(s) this format writes. */
	public String files() {
		return files;
	}

	public static Set<ReportFormat> parse(String list) throws ReportException {
		Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
		List<String> unknown = new ArrayList<>();
		for (String part : list.split(",")) {
			String id = part.strip().toLowerCase(Locale.ROOT);
			if (id.isEmpty()) {
				continue;
			}
			if (id.equals("all")) {
				formats.addAll(EnumSet.allOf(ReportFormat.class));
				continue;
			}
			ReportFormat found = null;
			for (ReportFormat f : values()) {
				if (f.id.equals(id) || (f == MD && id.equals("markdown"))) {
					found = f;
				}
			}
			if (found == null) {
				unknown.add(part.strip());
			} else {
				formats.add(found);
			}
		}
		if (!unknown.isEmpty() || formats.isEmpty()) {
			throw new ReportException("unknown report format " + String.join(", ", unknown)
					+ ": use html, pdf, csv, md, json (comma-separated) or all");
		}
		return formats;
	}
}
