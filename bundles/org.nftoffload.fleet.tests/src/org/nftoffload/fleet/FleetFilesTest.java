package org.nftoffload.fleet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;

class FleetFilesTest {

	@TempDir
	Path dir;

	private static Fleet fleetWithHosts(String... names) {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("edge");
		for (String name : names) {
			Host host = ModelFactory.eINSTANCE.createHost();
			host.setName(name);
			host.setAddress(name + ".test.invalid");
			host.setPort(2222);
			host.setUser("ops");
			host.getTags().addAll(List.of("edge", "lab"));
			host.setNotes("rack 4\nsecond line");
			fleet.getHosts().add(host);
		}
		return fleet;
	}

	@Test
	void savedFleetLoadsBackWithEveryHostField() throws Exception {
		Path file = dir.resolve("edge.nftfleet");
		FleetFiles.save(fleetWithHosts("r1", "r2"), file);

		Fleet loaded = FleetFiles.load(file);

		assertEquals("edge", loaded.getName());
		assertEquals(List.of("r1", "r2"), loaded.getHosts().stream().map(Host::getName).toList());
		Host r2 = loaded.getHosts().get(1);
		assertEquals("r2.test.invalid", r2.getAddress());
		assertEquals(2222, r2.getPort());
		assertEquals("ops", r2.getUser());
		assertEquals(List.of("edge", "lab"), r2.getTags());
		assertEquals("rack 4\nsecond line", r2.getNotes());
	}

	@Test
	void emptyFileIsRefusedWithItsNameAndLeftAlone() throws Exception {
		Path file = Files.writeString(dir.resolve("empty.nftfleet"), "");
		FleetFileException e = assertThrows(FleetFileException.class, () -> FleetFiles.load(file));
		assertEquals(FleetFileException.Problem.EMPTY, e.problem());
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertEquals(0, Files.size(file));
	}

	@Test
	void truncatedXmlIsReportedAsDamagedAndLeftAlone() throws Exception {
		Path good = dir.resolve("good.nftfleet");
		FleetFiles.save(fleetWithHosts("r1"), good);
		String text = Files.readString(good);
		Path corrupt = Files.writeString(dir.resolve("corrupt.nftfleet"), text.substring(0, text.length() / 2));
		byte[] before = Files.readAllBytes(corrupt);

		FleetFileException e = assertThrows(FleetFileException.class, () -> FleetFiles.load(corrupt));

		assertEquals(FleetFileException.Problem.NOT_XML, e.problem(), e.getMessage());
		assertTrue(e.getMessage().startsWith(corrupt.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(corrupt));
	}

	@Test
	void foreignXmlIsRefusedAsAnotherKindOfFile() throws Exception {
		Path pom = Files.writeString(dir.resolve("pom.nftfleet"),
				"<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion></project>\n");
		FleetFileException e = assertThrows(FleetFileException.class, () -> FleetFiles.load(pom));
		assertEquals(FleetFileException.Problem.NOT_A_FLEET, e.problem(), e.getMessage());
		assertTrue(e.getMessage().contains("not a fleet file"), e.getMessage());
	}

	@Test
	void binaryGarbageIsRefused() throws Exception {
		Path garbage = Files.write(dir.resolve("garbage.nftfleet"), new byte[] { 0x1f, (byte) 0x8b, 8, 0, 1, 2, 3 });
		FleetFileException e = assertThrows(FleetFileException.class, () -> FleetFiles.load(garbage));
		assertTrue(e.getMessage().startsWith(garbage.toString()), e.getMessage());
	}

	@Test
	void missingFileSaysSo() {
		Path missing = dir.resolve("nope.nftfleet");
		FleetFileException e = assertThrows(FleetFileException.class, () -> FleetFiles.load(missing));
		assertEquals(FleetFileException.Problem.NOT_FOUND, e.problem());
	}

	@Test
	void failureMidWriteLeavesThePreviousFleetIntactAndNoTemporaryFile() throws Exception {
		Path file = dir.resolve("edge.nftfleet");
		FleetFiles.save(fleetWithHosts("old"), file);
		byte[] before = Files.readAllBytes(file);

		Resource bigger = FleetFiles.newResourceSet().createResource(URI.createFileURI(file.toString()));
		bigger.getContents().add(fleetWithHosts("n1", "n2", "n3", "n4"));
		// the disk "fills up" after 100 bytes of the new content have been written
		FleetFileException e = assertThrows(FleetFileException.class,
				() -> FleetFiles.save(bigger, file, out -> new FailingAfter(out, 100)));

		assertEquals(FleetFileException.Problem.UNWRITABLE, e.problem());
		assertTrue(e.getMessage().contains("previous content is unchanged"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(file), files.toList(), "no temporary file may be left behind");
		}
		assertEquals("old", FleetFiles.load(file).getHosts().get(0).getName());
	}

	@Test
	void savingReplacesTheFileInOneStep() throws Exception {
		Path file = dir.resolve("edge.nftfleet");
		FleetFiles.save(fleetWithHosts("a"), file);
		Object inodeBefore = Files.getAttribute(file, "unix:ino");
		FleetFiles.save(fleetWithHosts("a", "b"), file);
		// a rename gives the path a new inode; an in-place rewrite would keep the old one
		assertTrue(!inodeBefore.equals(Files.getAttribute(file, "unix:ino")));
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("name=\"b\""));
	}

	/** An output stream that fails like a full disk after {@code limit} bytes. */
	private static final class FailingAfter extends FilterOutputStream {
		private int left;

		FailingAfter(OutputStream out, int limit) {
			super(out);
			left = limit;
		}

		@Override
		public void write(int b) throws IOException {
			if (left-- <= 0) {
				throw new IOException("No space left on device");
			}
			super.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			for (int i = 0; i < len; i++) {
				write(b[off + i]);
			}
		}
	}
}
