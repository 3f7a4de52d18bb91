package org.nftoffload.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.nftoffload.report.Report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The report as JSON (docs/report-schema.json): Jackson writes the records as they are, field by
 * field in declaration order, so the output is deterministic and needs no hand-written JSON.
 */
public final class JsonRenderer {

	private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	private JsonRenderer() {
	}

	public static void write(Report report, OutputStream out) throws IOException {
		MAPPER.writeValue(new NonClosing(out), report);
		out.write('\n');
	}

	/** An earlier report (for --since); fields this version does not know are ignored. */
	public static Report read(Path file) throws IOException {
		Report report = MAPPER.readValue(file.toFile(), Report.class);
		if (report.schemaVersion() == null || !report.schemaVersion().startsWith("1.")) {
			throw new IOException("schema version " + report.schemaVersion() + " is not 1.x");
		}
		return report;
	}

	/** Jackson closes the stream it wrote to; the caller owns it here. */
	private static final class NonClosing extends java.io.FilterOutputStream {
		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
