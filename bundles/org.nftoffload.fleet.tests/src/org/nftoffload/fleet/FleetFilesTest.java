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
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Assumptions;
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
				() -> FleetFiles.save(bigger, file, FleetFiles.IfChanged.REFUSE, out -> new FailingAfter(out, 100)));

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

	@Test
	void savingKeepsTheFilesMode() throws Exception {
		Path file = dir.resolve("edge.nftfleet");
		FleetFiles.save(fleetWithHosts("a"), file);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
		Fleet fleet = FleetFiles.load(file);
		fleet.getHosts().get(0).setName("b");

		FleetFiles.save(fleet, file);

		assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		assertEquals("b", FleetFiles.load(file).getHosts().get(0).getName());
	}

	@Test
	void savingKeepsTheFilesOwnerAndGroup() throws Exception {
		Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
				"giving a file to another user takes root; this run is not root");
		Path file = dir.resolve("edge.nftfleet");
		FleetFiles.save(fleetWithHosts("a"), file);
		UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
		PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		view.setOwner(users.lookupPrincipalByName("nobody"));
		GroupPrincipal group = users.lookupPrincipalByGroupName("nogroup");
		view.setGroup(group);
		Fleet fleet = FleetFiles.load(file);

		FleetFiles.save(fleet, file);

		PosixFileAttributes after = Files.readAttributes(file, PosixFileAttributes.class);
		assertEquals("nobody", after.owner().getName());
		assertEquals(group, after.group());
	}

	@Test
	void savingThroughASymbolicLinkWritesItsTargetAndKeepsTheLink() throws Exception {
		Path real = Files.createDirectories(dir.resolve("fleets")).resolve("edge.nftfleet");
		FleetFiles.save(fleetWithHosts("a"), real);
		Path link = Files.createSymbolicLink(dir.resolve("current.nftfleet"), Path.of("fleets/edge.nftfleet"));
		Fleet fleet = FleetFiles.load(link);
		fleet.getHosts().get(0).setName("b");

		FleetFiles.save(fleet, link);

		assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
		assertEquals(Path.of("fleets/edge.nftfleet"), Files.readSymbolicLink(link));
		assertEquals("b", FleetFiles.load(real).getHosts().get(0).getName());
		try (Stream<Path> files = Files.list(real.getParent())) {
			assertEquals(List.of(real), files.toList(), "the temporary file belongs beside the target, and goes");
		}
	}

	@Test
	void aFileChangedByAnotherProgramIsNotOverwritten() throws Exception {
		Path file = dir.resolve("edge.nftfleet");
		FleetFiles.save(fleetWithHosts("a"), file);
		Fleet fleet = FleetFiles.load(file);
		fleet.getHosts().get(0).setName("mine");
		// another program (a probe by the CLI, an editor) rewrites the file meanwhile
		Process other = new ProcessBuilder("sh", "-c", "sed -i 's/name=\"a\"/name=\"theirs\"/' \"$0\"", file.toString())
				.inheritIO().start();
		assertTrue(other.waitFor(30, TimeUnit.SECONDS) && other.exitValue() == 0);
		byte[] theirs = Files.readAllBytes(file);

		FleetFileException e = assertThrows(FleetFileException.class, () -> FleetFiles.save(fleet, file));

		assertEquals(FleetFileException.Problem.CHANGED_ON_DISK, e.problem());
		assertTrue(e.getMessage().startsWith(file + ": another program changed the file"), e.getMessage());
		assertArrayEquals(theirs, Files.readAllBytes(file));
		FleetFiles.save(fleet, file, FleetFiles.IfChanged.OVERWRITE);
		assertEquals("mine", FleetFiles.load(file).getHosts().get(0).getName());
	}

	@Test
	void savingAgainAfterOwnSaveIsNoConflict() throws Exception {
		Path file = dir.resolve("edge.nftfleet");
		FleetFiles.save(fleetWithHosts("a"), file);
		Fleet fleet = FleetFiles.load(file);
		for (String name : List.of("b", "c", "d")) {
			fleet.getHosts().get(0).setName(name);
			FleetFiles.save(fleet, file);
		}
		Fleet snapshot = FleetFiles.snapshot(fleet);
		snapshot.getHosts().get(0).setName("e");
		FleetFiles.save(snapshot, file);
		assertEquals("e", FleetFiles.load(file).getHosts().get(0).getName());
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
