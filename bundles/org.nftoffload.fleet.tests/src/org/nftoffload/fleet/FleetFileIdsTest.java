package org.nftoffload.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage;
import org.nftoffload.model.NetworkInterface;

/**
 * Fleet files reference by stable ids: old positional files open and are upgraded on save, ids
 * survive saves and the save snapshot, inserting a host changes only that host's lines, and copies
 * get ids of their own.
 */
class FleetFileIdsTest {

	@TempDir
	Path dir;

	private static Path demo() {
		return Path.of(System.getProperty("nfto.repo"), "releng", "demo", "demo.nftfleet");
	}

	private Path copyOfDemo() throws Exception {
		Path file = dir.resolve("demo.nftfleet");
		Files.copy(demo(), file);
		return file;
	}

	private static List<String> lines(Path file) throws Exception {
		return Files.readAllLines(file, StandardCharsets.UTF_8);
	}

	@Test
	void anOldPositionalFileOpensSavesWithIdsAndReopensIdenticalInContent() throws Exception {
		Path file = copyOfDemo();
		assertTrue(Files.readString(file).contains("\"//@hosts.0/@interfaces.0 //@hosts.0/@interfaces.1\""),
				"the demo fleet is a file with positional references");
		Fleet old = FleetFiles.load(file);
		FleetFiles.save(old, file);

		String saved = Files.readString(file);
		assertFalse(saved.contains("//@"), "no positional reference is left:\n" + saved);
		assertTrue(saved.contains("xmi:id=\""), saved);
		Fleet reopened = FleetFiles.load(file);
		assertTrue(EcoreUtil.equals(old, reopened), "the same fleet after the upgrade");
		Host lab1 = reopened.getHosts().get(0);
		assertEquals(lab1.getInterfaces(), lab1.getFlowtables().get(0).getDevices(), "references still point where they did");
		assertSame(reopened.getProfiles().get(0), reopened.getGroups().get(1).getAppliedProfile());

		// from now on the file is stable: saving again without a change writes the same bytes
		byte[] first = Files.readAllBytes(file);
		FleetFiles.save(reopened, file);
		assertEquals(new String(first, StandardCharsets.UTF_8), Files.readString(file));
	}

	@Test
	void insertingAHostChangesOnlyTheLinesOfThatHost() throws Exception {
		Path file = copyOfDemo();
		FleetFiles.save(FleetFiles.load(file), file);
		List<String> before = lines(file);

		Fleet fleet = FleetFiles.load(file);
		Host inserted = EcoreUtil.copy(fleet.getHosts().get(0));
		inserted.setName("lab2");
		fleet.getHosts().add(1, inserted);
		FleetFiles.save(fleet, file);
		List<String> after = lines(file);

		int added = after.size() - before.size();
		assertTrue(added > 5, "the host's lines were added: " + added);
		int first = 0;
		while (before.get(first).equals(after.get(first))) {
			first++;
		}
		List<String> block = after.subList(first, first + added);
		assertTrue(block.get(0).contains("name=\"lab2\""), "the new lines are the host: " + block);
		List<String> rest = new ArrayList<>(after.subList(0, first));
		rest.addAll(after.subList(first + added, after.size()));
		assertEquals(before, rest, "every other line is unchanged");
	}

	@Test
	void idsSurviveTheSaveSnapshotAndUndoOfADelete() throws Exception {
		Path file = copyOfDemo();
		Resource resource = FleetFiles.loadResource(FleetFiles.newResourceSet(), file);
		XMLResource xml = (XMLResource) resource;
		Fleet fleet = (Fleet) resource.getContents().get(0);
		Host lab1 = fleet.getHosts().get(0);
		String hostId = xml.getID(lab1);
		assertNotNull(hostId, "objects of an old file get ids when it is loaded");

		Fleet snapshot = FleetFiles.snapshot(fleet);
		assertTrue(snapshot.eResource() != resource && snapshot.eResource().getResourceSet() == null, "a detached copy");
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			EObject original = all.next();
			EObject copy = snapshot.eResource().getEObject(xml.getID(original));
			assertNotNull(copy, "the snapshot has the id of " + original);
			assertTrue(EcoreUtil.equals(original, copy));
		}

		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack(),
				resource.getResourceSet());
		domain.getCommandStack().execute(RemoveCommand.create(domain, fleet, ModelPackage.Literals.FLEET__HOSTS, lab1));
		domain.getCommandStack().undo();
		assertEquals(hostId, xml.getID(lab1), "undo of a delete brings the host back with its id");
	}

	@Test
	void aPastedCopyGetsIdsOfItsOwnAndPointsAtItsOwnInterfaces() throws Exception {
		Path file = copyOfDemo();
		Resource resource = FleetFiles.loadResource(FleetFiles.newResourceSet(), file);
		XMLResource xml = (XMLResource) resource;
		Fleet fleet = (Fleet) resource.getContents().get(0);
		Host original = fleet.getHosts().get(0);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack(),
				resource.getResourceSet());
		Host copy = EcoreUtil.copy(original);
		copy.setName("lab1-copy");
		domain.getCommandStack().execute(AddCommand.create(domain, fleet, ModelPackage.Literals.FLEET__HOSTS, copy));

		Set<String> ids = new HashSet<>();
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
			String id = xml.getID(all.next());
			assertNotNull(id);
			assertTrue(ids.add(id), "every id once: " + id);
		}
		assertNotEquals(xml.getID(original), xml.getID(copy));
		assertNotEquals(xml.getID(original.getInterfaces().get(0)), xml.getID(copy.getInterfaces().get(0)));

		FleetFiles.save(fleet, file);
		Fleet reopened = FleetFiles.load(file);
		Host copied = reopened.getHosts().stream().filter(h -> h.getName().equals("lab1-copy")).findFirst().orElseThrow();
		Flowtable ft = copied.getFlowtables().get(0);
		for (NetworkInterface device : ft.getDevices()) {
			assertSame(copied, device.eContainer(), "the copy's flowtable uses the copy's interfaces");
		}
	}

	@Test
	void aFileWithOneIdOnTwoElementsIsRefusedAndLeftAlone() throws Exception {
		Path file = dir.resolve("twice.nftfleet");
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		for (String name : List.of("a", "b")) {
			Host host = ModelFactory.eINSTANCE.createHost();
			host.setName(name);
			fleet.getHosts().add(host);
		}
		FleetFiles.save(fleet, file);
		String text = Files.readString(file);
		String firstId = text.substring(text.indexOf("<hosts xmi:id=\"") + 15);
		firstId = firstId.substring(0, firstId.indexOf('"'));
		String secondId = text.substring(text.lastIndexOf("<hosts xmi:id=\"") + 15);
		secondId = secondId.substring(0, secondId.indexOf('"'));
		String broken = text.replace(secondId, firstId);
		Files.writeString(file, broken);

		FleetFileException e = assertThrows(FleetFileException.class, () -> FleetFiles.load(file));
		assertTrue(e.getMessage().contains(firstId) && e.getMessage().contains("Host a") && e.getMessage().contains("Host b"),
				e.getMessage());
		assertEquals(broken, Files.readString(file), "the file is not touched");
	}

	@Test
	void aNewFleetGetsIdsWhenSavedAndKeepsThem() throws Exception {
		Path file = dir.resolve("new.nftfleet");
		Resource resource = FleetFiles.newResourceSet().createResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()));
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName("r1");
		fleet.getHosts().add(host);
		resource.getContents().add(fleet);
		String id = ((XMLResource) resource).getID(host);
		assertNotNull(id, "an object gets its id when it joins the fleet");
		FleetFiles.save(fleet, file);
		FleetFiles.save(fleet, file);
		assertTrue(Files.readString(file).contains("xmi:id=\"" + id + "\""));
	}
}
