package org.nftoffload.report.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.nftoffload.report.Report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The report as PDF: the report's XHTML (with bookmarks, running header and page numbers) laid out
 * by openhtmltopdf. No external resource is ever loaded (the access control refuses every URI), so
 * content in the report cannot reach out. DejaVu fonts are embedded when the system has them
 * (Debian's fonts-dejavu-core), so names in any European script print; without them the PDF's
 * standard fonts are used. The document ID and dates are derived from the report, so the same
 * report gives the same bytes.
 */
public final class PdfRenderer {

	private static final String[][] FONTS = { { "DejaVu Sans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "400" },
			{ "DejaVu Sans", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "700" },
			{ "DejaVu Sans Mono", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", "400" } };

	/**
	 * openhtmltopdf logs every layout step at INFO and PDFBox says which fallback it uses for the
	 * bullet font: noise on the CLI's stderr for a report that succeeded. Failures still throw.
	 */
	private static final java.util.logging.Logger PDFBOX_FONTS = java.util.logging.Logger
			.getLogger("org.apache.pdfbox.pdmodel.font");

	static {
		com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
		PDFBOX_FONTS.setLevel(java.util.logging.Level.SEVERE);
	}

	private PdfRenderer() {
	}

	public static void write(Report report, OutputStream out) throws IOException {
		StringWriter xhtml = new StringWriter(64 * 1024);
		XhtmlRenderer.write(report, XhtmlRenderer.Target.PDF, xhtml);
		String document = xhtml.toString();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withProducer("nft-offload Console " + report.header().consoleVersion());
		builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		for (String[] font : FONTS) {
			Path file = Path.of(font[1]);
			if (Files.isRegularFile(file)) {
				byte[] bytes = withoutLigatures(Files.readAllBytes(file));
				builder.useFont(() -> new ByteArrayInputStream(bytes), font[0], Integer.valueOf(font[2]),
						BaseRendererBuilder.FontStyle.NORMAL, true);
			}
		}
		builder.withHtmlContent(document, "about:invalid");
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
			renderer.layout();
			PDDocument pdf = renderer.createPDFKeepOpen();
			// openhtmltopdf stamps the current time and PDFBox a random ID: both come from the report instead.
			PDDocumentInformation info = pdf.getDocumentInformation();
			info.setTitle("Offload report: " + report.header().fleetName());
			info.setCreator("nft-offload Console " + report.header().consoleVersion());
			Calendar generated = calendar(report.header().generatedOn());
			info.setCreationDate(generated);
			info.setModificationDate(generated);
			byte[] id = digest(document);
			COSArray ids = new COSArray();
			ids.add(new COSString(id));
			ids.add(new COSString(id));
			pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
			pdf.save(out);
		}
	}

	/**
	 * The font with its GSUB table renamed, so that PDFBox applies no ligatures: with DejaVu's fi/fl
	 * ligatures "offload" and "flowtable" were one glyph each, and copying or searching the PDF for
	 * them failed. The subset embedded in the PDF never contains GSUB anyway.
	 */
	static byte[] withoutLigatures(byte[] font) {
		byte[] copy = font.clone();
		ByteBuffer b = ByteBuffer.wrap(copy);
		int tables = b.getShort(4) & 0xffff;
		for (int i = 0; i < tables; i++) {
			int at = 12 + 16 * i;
			if (at + 4 <= copy.length && copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U' && copy[at + 3] == 'B') {
				copy[at] = 'X';
			}
		}
		return copy;
	}

	private static Calendar calendar(String iso) {
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
		calendar.setTimeInMillis(iso == null ? 0 : java.time.Instant.parse(iso).toEpochMilli());
		return calendar;
	}

	private static byte[] digest(String document) {
		try {
			byte[] sha = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
			return java.util.Arrays.copyOf(sha, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
		}
	}
}
