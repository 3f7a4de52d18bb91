package org.nftoffload.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.report.Report.HostReport;
import org.nftoffload.report.internal.PdfRenderer;
import org.nftoffload.report.internal.XhtmlRenderer;

/**
 * The PDF laid out in several parts (3 hosts per openhtmltopdf document, so a fleet of 8 hosts
 * takes three host parts) and merged: every host in order, pages numbered through, the outline and
 * the links between parts pointing at the right pages, and the same bytes for the same input.
 */
class PdfPartsTest {

	@TempDir
	Path dir;

	static final int HOSTS_PER_PART = 3;

	@Test
	void aPdfMergedFromSeveralPartsShowsEveryHostInOrderWithPagesOutlineAndLinks() throws Exception {
		Fleet fleet = ReportBenchmark.fleet(8);
		Path file = TestFleets.save(fleet, dir, "eight");
		Report report = TestFleets.report(FleetFiles.load(file), file, ReportScope.fleet(), null, TestFleets.GENERATED);
		Path pdf = dir.resolve("report.pdf");
		try (OutputStream out = Files.newOutputStream(pdf)) {
			PdfRenderer.write(report, out, HOSTS_PER_PART);
		}

		String text = Tools.pdfText(pdf);
		// The address row is only in a host's section: its positions give the order of the sections.
		int at = -1;
		for (HostReport h : report.hosts()) {
			int next = text.indexOf(h.address() + ":" + h.port(), at + 1);
			assertTrue(next > at, h.name() + " comes after the host before it, in " + text);
			at = next;
			for (Report.FlowtableRow f : h.flowtables()) {
				for (String device : f.devices()) {
					assertTrue(text.contains(device), "device " + device + " of " + h.name());
				}
			}
		}
		for (Report.Finding f : report.allFindings()) {
			assertTrue(text.contains(f.code()), "finding " + f.code());
		}

		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			int pages = doc.getNumberOfPages();
			assertTrue(text.contains("Page 1 of " + pages + " "), "first page numbered of " + pages);
			assertTrue(text.contains("Page " + pages + " of " + pages), "last page numbered");
			assertTrue(text.contains(report.header().fleetName() + " | " + report.header().scope()), "running header");

			List<String> top = new ArrayList<>();
			PDOutlineItem hosts = null;
			for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
				top.add(item.getTitle());
				if (item.getTitle().equals("Hosts")) {
					hosts = item;
				}
			}
			assertEquals(List.of("Summary", "Findings", "Hosts", "Notes"), top, "outline");
			List<String> names = new ArrayList<>();
			int previous = -1;
			for (PDOutlineItem item : hosts.children()) {
				names.add(item.getTitle());
				int page = ((PDPageDestination) item.getDestination()).retrievePageNumber();
				assertTrue(page > previous, item.getTitle() + " starts on a later page than the host before it");
				previous = page;
				String onPage = Tools.run(60, "pdftotext", "-enc", "UTF-8", "-f", String.valueOf(page + 1), "-l",
						String.valueOf(page + 1), pdf.toString(), "-");
				HostReport h = report.hosts().get(names.size() - 1);
				assertTrue(onPage.contains(h.address() + ":" + h.port()), "the bookmark of " + h.name()
						+ " goes to its page, not to: " + onPage);
			}
			assertEquals(report.hosts().stream().map(HostReport::name).toList(), names, "a bookmark per host, in order");

			int internal = 0;
			for (PDPage page : doc.getPages()) {
				for (PDAnnotation a : page.getAnnotations()) {
					if (a instanceof PDAnnotationLink link) {
						assertFalse(link.getAction() instanceof PDActionURI uri
								&& uri.getURI().startsWith(XhtmlRenderer.PDF_ANCHOR), "a link between parts is left as a URI");
						if (link.getDestination() instanceof PDPageDestination d) {
							assertTrue(d.retrievePageNumber() >= 0, "a link goes to a page of the document");
							internal++;
						}
					}
				}
			}
			// The contents (summary, findings, hosts, notes) and the findings tables link to their sections.
			assertTrue(internal >= report.hosts().size() + 4, internal + " links to pages of the document");

			// The page where the second host part starts, and the one before it (the end of the first part).
			int boundary = -1;
			int index = 0;
			for (PDOutlineItem item : hosts.children()) {
				if (index++ == HOSTS_PER_PART) {
					boundary = ((PDPageDestination) item.getDestination()).retrievePageNumber() + 1;
				}
			}
			Path shots = Tools.screenshots();
			Tools.pdfPage(pdf, boundary - 1, shots.resolve("report-parts-before-boundary.png"));
			Tools.pdfPage(pdf, boundary, shots.resolve("report-parts-boundary.png"));
			Tools.pdfPage(pdf, 1, shots.resolve("report-parts-contents.png"));
		}

		Path again = dir.resolve("again.pdf");
		try (OutputStream out = Files.newOutputStream(again)) {
			PdfRenderer.write(report, out, HOSTS_PER_PART);
		}
		assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(again), "the same report gives the same bytes");
	}
}
