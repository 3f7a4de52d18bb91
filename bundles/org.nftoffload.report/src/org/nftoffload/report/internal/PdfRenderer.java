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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.nftoffload.report.Report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The report as PDF: the report's XHTML (with bookmarks, running header and page numbers) laid out
 * by openhtmltopdf in parts and merged with PDFBox, so that the heap it needs is bounded per host. No external resource is ever loaded (the access control refuses every URI), so
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

	/**
	 * Hosts per openhtmltopdf document: the layout of a document is held in memory whole, so the
	 * batch bounds the heap the PDF needs, whatever the size of the fleet.
	 */
	static final int HOSTS_PER_PART = 20;

	/** Where an anchor (a bookmark target) ended up: the page (from 0) and the position on it. */
	private record Place(int page, int left, int top) {
	}

	/** One laid out part, saved to a temporary file until the parts are merged. */
	private record Part(Path file, int pages, Map<String, Place> anchors) {
	}

	public static void write(Report report, OutputStream out) throws IOException {
		write(report, out, HOSTS_PER_PART);
	}

	/**
	 * The PDF in parts (XhtmlRenderer.PdfPart): the front matter and the hosts {@code hostsPerPart}
	 * at a time (the last part with the back matter) are each laid out on their own and saved to a
	 * temporary file; the contents, which print the page of every section, come last, when those
	 * pages are known. The parts are then merged page by page into one document whose streams PDFBox
	 * keeps in temporary files, the page numbers ("Page n of m") are stamped on, and the links
	 * between parts and the outline are pointed at their pages. So the heap holds one part's layout
	 * at a time, not the fleet's.
	 */
	public static void write(Report report, OutputStream out, int hostsPerPart) throws IOException {
		Fonts fonts = Fonts.load();
		Path temp = Files.createTempDirectory("nfto-report-pdf");
		MessageDigest digest = sha256();
		try {
			List<Part> body = new ArrayList<>();
			body.add(render(report, fonts, XhtmlRenderer.PdfPart.FRONT, 0, 0, null, temp, digest));
			for (int from = 0; from < report.hosts().size(); from += hostsPerPart) {
				int to = Math.min(report.hosts().size(), from + hostsPerPart);
				body.add(render(report, fonts, XhtmlRenderer.PdfPart.HOSTS, from, to, null, temp, digest));
			}
			if (report.hosts().isEmpty()) {
				// Otherwise the last host part ends with the back matter.
				body.add(render(report, fonts, XhtmlRenderer.PdfPart.BACK, 0, 0, null, temp, digest));
			}
			// The contents print the pages of the parts after them, which depend on how long the contents are:
			// lay them out until the length they were written for is the length they have (twice, as a rule).
			int contentsPages = 1;
			Part contents = null;
			for (int attempt = 0; attempt < 5; attempt++) {
				Map<String, Integer> pages = pages(body, contentsPages);
				MessageDigest attemptDigest = sha256();
				contents = render(report, fonts, XhtmlRenderer.PdfPart.CONTENTS, 0, 0, pages, temp, attemptDigest);
				if (contents.pages() == contentsPages) {
					digest.update(attemptDigest.digest());
					break;
				}
				contentsPages = contents.pages();
			}
			List<Part> all = new ArrayList<>();
			all.add(contents);
			all.addAll(body);
			merge(report, all, Arrays.copyOf(digest.digest(), 16), fonts, out);
		} finally {
			try (java.util.stream.Stream<Path> left = Files.walk(temp)) {
				for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(p);
				}
			}
		}
	}

	/** The page (from 1) of every anchor of {@code body} when {@code before} pages of contents come first. */
	private static Map<String, Integer> pages(List<Part> body, int before) {
		Map<String, Integer> pages = new HashMap<>();
		int offset = before;
		for (Part part : body) {
			for (Map.Entry<String, Place> e : part.anchors().entrySet()) {
				pages.put(e.getKey(), offset + e.getValue().page() + 1);
			}
			offset += part.pages();
		}
		return pages;
	}

	/** The DejaVu fonts (without ligatures), read once per report; null entries where the system has none. */
	private record Fonts(List<byte[]> bytes, byte[] footer) {
		static Fonts load() throws IOException {
			List<byte[]> bytes = new ArrayList<>();
			byte[] footer = null;
			for (String[] font : FONTS) {
				Path file = Path.of(font[1]);
				byte[] b = Files.isRegularFile(file) ? withoutLigatures(Files.readAllBytes(file)) : null;
				bytes.add(b);
				if (footer == null && b != null) {
					footer = b;
				}
			}
			return new Fonts(bytes, footer);
		}
	}

	private static Part render(Report report, Fonts fonts, XhtmlRenderer.PdfPart kind, int from, int to,
			Map<String, Integer> pages, Path temp, MessageDigest digest) throws IOException {
		StringWriter xhtml = new StringWriter(64 * 1024);
		XhtmlRenderer.writePdfPart(report, kind, from, to, pages, xhtml);
		String document = xhtml.toString();
		digest.update(document.getBytes(StandardCharsets.UTF_8));
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withProducer("nft-offload Console " + report.header().consoleVersion());
		builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		for (int i = 0; i < FONTS.length; i++) {
			byte[] bytes = fonts.bytes().get(i);
			if (bytes != null) {
				builder.useFont(() -> new ByteArrayInputStream(bytes), FONTS[i][0], Integer.valueOf(FONTS[i][2]),
						BaseRendererBuilder.FontStyle.NORMAL, true);
			}
		}
		builder.withHtmlContent(document, "about:invalid");
		Path file = temp.resolve(kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + from + ".pdf");
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
			renderer.layout();
			PDDocument pdf = renderer.createPDFKeepOpen();
			Map<String, Place> anchors = new HashMap<>();
			PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
			if (outline != null) {
				for (PDOutlineItem item : outline.children()) {
					if (item.getDestination() instanceof PDPageXYZDestination d) {
						anchors.put(item.getTitle(), new Place(d.retrievePageNumber(), d.getLeft(), d.getTop()));
					}
				}
			}
			// The merged PDF's outline is built anew from the anchors; the part's own would be copied along.
			pdf.getDocumentCatalog().setDocumentOutline(null);
			pdf.save(file.toFile(), CompressParameters.NO_COMPRESSION);
			return new Part(file, pdf.getNumberOfPages(), anchors);
		}
	}

	/**
	 * The parts, page by page, into one document (streams in temporary files), with page numbers,
	 * the links between parts, the outline, and an ID and dates taken from the report.
	 */
	private static void merge(Report report, List<Part> parts, byte[] id, Fonts fonts, OutputStream out) throws IOException {
		Map<String, Place> anchors = new HashMap<>();
		int offset = 0;
		for (Part part : parts) {
			for (Map.Entry<String, Place> e : part.anchors().entrySet()) {
				Place p = e.getValue();
				anchors.put(e.getKey(), new Place(offset + p.page(), p.left(), p.top()));
			}
			offset += part.pages();
		}
		int total = offset;
		List<PDDocument> sources = new ArrayList<>();
		try (PDDocument merged = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
			PDFont font = fonts.footer() == null ? new PDType1Font(Standard14Fonts.FontName.HELVETICA)
					: PDType0Font.load(merged, new ByteArrayInputStream(fonts.footer()), true);
			List<PDPage> pages = new ArrayList<>(total);
			for (Part part : parts) {
				PDDocument source = Loader.loadPDF(part.file().toFile(), IOUtils.createTempFileOnlyStreamCache());
				sources.add(source);
				for (PDPage page : source.getPages()) {
					PDPage copy = merged.importPage(page);
					pages.add(copy);
					pageNumber(merged, copy, pages.size(), total, font);
				}
			}
			for (PDPage page : pages) {
				links(page, anchors, pages);
			}
			merged.getDocumentCatalog().setDocumentOutline(outline(report, anchors, pages));
			merged.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
			PDDocumentInformation info = merged.getDocumentInformation();
			info.setTitle("Offload report: " + report.header().fleetName());
			info.setCreator("nft-offload Console " + report.header().consoleVersion());
			info.setProducer("nft-offload Console " + report.header().consoleVersion());
			Calendar generated = calendar(report.header().generatedOn());
			info.setCreationDate(generated);
			info.setModificationDate(generated);
			// PDFBox would write a random ID: it comes from the report instead.
			COSArray ids = new COSArray();
			ids.add(new COSString(id));
			ids.add(new COSString(id));
			merged.getDocument().getTrailer().setItem(COSName.ID, ids);
			merged.save(out);
		} finally {
			for (PDDocument source : sources) {
				source.close();
			}
		}
	}

	/** "Page n of m" where openhtmltopdf put it: the bottom-right margin box (A4, 14 mm right, 18 mm bottom margin). */
	private static void pageNumber(PDDocument doc, PDPage page, int number, int total, PDFont font) throws IOException {
		String text = "Page " + number + " of " + total;
		float size = 8;
		float width = font.getStringWidth(text) / 1000 * size;
		PDRectangle box = page.getMediaBox();
		float right = box.getUpperRightX() - 14 / 25.4f * 72;
		float baseline = box.getLowerLeftY() + 18 / 25.4f * 72 / 2 - size * 0.35f;
		try (PDPageContentStream stream = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true,
				true)) {
			stream.beginText();
			stream.setNonStrokingColor(new java.awt.Color(0x5a, 0x67, 0x75));
			stream.setFont(font, size);
			stream.newLineAtOffset(right - width, baseline);
			stream.showText(text);
			stream.endText();
		}
	}

	/** Links written as XhtmlRenderer.PDF_ANCHOR URIs go to the page of their anchor (dropped if it has none). */
	private static void links(PDPage page, Map<String, Place> anchors, List<PDPage> pages) throws IOException {
		List<PDAnnotation> annotations = page.getAnnotations();
		if (annotations.isEmpty()) {
			return;
		}
		List<PDAnnotation> kept = new ArrayList<>(annotations.size());
		for (PDAnnotation a : annotations) {
			if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri && uri.getURI() != null
					&& uri.getURI().startsWith(XhtmlRenderer.PDF_ANCHOR)) {
				Place place = anchors.get(uri.getURI().substring(XhtmlRenderer.PDF_ANCHOR.length()));
				if (place == null) {
					continue;
				}
				link.setAction(null);
				link.setDestination(destination(place, pages));
			}
			kept.add(a);
		}
		page.setAnnotations(kept);
	}

	private static PDPageXYZDestination destination(Place place, List<PDPage> pages) {
		PDPageXYZDestination d = new PDPageXYZDestination();
		d.setPage(pages.get(place.page()));
		d.setLeft(place.left());
		d.setTop(place.top());
		return d;
	}

	/** The outline the single document had: summary, findings by code, hosts by name, changes, notes. */
	private static PDDocumentOutline outline(Report report, Map<String, Place> anchors, List<PDPage> pages) {
		PDDocumentOutline outline = new PDDocumentOutline();
		outline.addLast(item("Summary", anchors.get("summary"), pages));
		PDOutlineItem findings = item("Findings", anchors.get("findings"), pages);
		outline.addLast(findings);
		List<String> codes = new ArrayList<>();
		for (String anchor : anchors.keySet()) {
			if (anchor.startsWith("finding-")) {
				codes.add(anchor.substring("finding-".length()));
			}
		}
		// In the order of the findings section (worst first, then by code): the order of their places.
		codes.sort(Comparator.comparing((String c) -> anchors.get("finding-" + c).page())
				.thenComparing(c -> -anchors.get("finding-" + c).top()).thenComparing(c -> c));
		for (String code : codes) {
			findings.addLast(item(code, anchors.get("finding-" + code), pages));
		}
		PDOutlineItem hosts = item("Hosts", anchors.get("hosts"), pages);
		outline.addLast(hosts);
		for (int i = 0; i < report.hosts().size(); i++) {
			hosts.addLast(item(report.hosts().get(i).name(), anchors.get("host-" + (i + 1)), pages));
		}
		if (report.changes() != null) {
			outline.addLast(item("Changes since the baseline", anchors.get("changes"), pages));
		}
		outline.addLast(item("Notes", anchors.get("notes"), pages));
		return outline;
	}

	private static PDOutlineItem item(String title, Place place, List<PDPage> pages) {
		PDOutlineItem item = new PDOutlineItem();
		item.setTitle(title);
		if (place != null) {
			item.setDestination(destination(place, pages));
		}
		return item;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
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
}
