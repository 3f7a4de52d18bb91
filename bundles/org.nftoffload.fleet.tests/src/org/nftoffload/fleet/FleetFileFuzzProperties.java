package org.nftoffload.fleet;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.nftoffload.model.Fleet;
import org.nftoffload.tests.fixtures.Fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Property-based fuzzing of the fleet-file loader with jqwik: the demo fleet as written by hand
 * (positional references) and as saved (ids), mutated, and random text. The loader either returns
 * a fleet whose references can all be followed, or throws FleetFileException naming the file;
 * nothing else may escape. Tries: {@code jqwik.tries.default} (releng/fuzz.sh raises it).
 */
class FleetFileFuzzProperties {

	private static final Path FILE = Path.of("/fuzz/edge.nftfleet");

	private static List<String> samples() throws Exception {
		Path demo = Path.of(System.getProperty("nfto.repo"), "releng/demo/demo.nftfleet");
		String handWritten = Files.readString(demo, StandardCharsets.UTF_8);
		Resource saved = FleetFiles.snapshot(FleetFiles.load(demo)).eResource();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		saved.save(out, null);
		return List.of(handWritten, out.toString(StandardCharsets.UTF_8));
	}

	@Provide
	Arbitrary<String> fleetText() throws Exception {
		List<String> tokens = List.of("<?xml version=\"1.0\"?>", "<nfto:Fleet", "xmlns:nfto=\"http://nftoffload.org/model/1.0\"",
				"xmlns:xmi=\"http://www.omg.org/XMI\"", "xmi:version=\"2.0\"", "xmi:id=\"a\"", "<hosts", "<groups", "<interfaces",
				"<flowtables", "<rules", "name=\"x\"", "hosts=\"//@hosts.0\"", "devices=\"a b\"", "flowtable=\"//@hosts.9/@x\"",
				"port=\"99999999999\"", "kind=\"nope\"", ">", "/>", "</hosts>", "</nfto:Fleet>", "<!--", "-->", "&amp;", "&#0;",
				"<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;", "\"", "'");
		return Arbitraries.oneOf(Fuzz.mutated(samples()), Fuzz.soup(tokens, 60), Fuzz.text(200));
	}

	@Property
	void loaderThrowsOnlyFleetFileErrors(@ForAll("fleetText") String input) {
		Fuzz.count("fleet-file-loader");
		try {
			Resource resource = FleetFiles.loadResource(FleetFiles.newResourceSet(), FILE,
					input.getBytes(StandardCharsets.UTF_8));
			Fleet fleet = (Fleet) resource.getContents().get(0);
			// every reference followed: a dangling one stays a proxy, it must not throw
			EcoreUtil.resolveAll(fleet);
			FleetFiles.snapshot(fleet);
		} catch (FleetFileException e) {
			if (!e.getMessage().startsWith(FILE.toString()) || e.problem() == null) {
				throw new AssertionError("the message does not name the file: " + e.getMessage());
			}
		}
	}

	@AfterContainer
	static void printCounts() {
		Fuzz.report();
	}
}
