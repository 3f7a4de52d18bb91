package org.nftoffload.report;

/** The Markdown renderer's escaping, for assertions. */
final class MarkdownEscapes {
	private MarkdownEscapes() {
	}

	static String of(String text) {
		return org.nftoffload.report.internal.MarkdownRenderer.escape(text);
	}
}
