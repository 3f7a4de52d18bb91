package org.nftoffload.cli.internal.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.cli.internal.Console;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.remote.agent.AgentData;

/**
 * The CLI rewrites the fleet file after a probe; when the workbench (or anything else) saved the file
 * while the probe ran, the CLI refuses to overwrite it and says so.
 */
class FleetFileConflictTest {

	@TempDir
	Path dir;

	@Test
	void probeResultsDoNotOverwriteAFileSavedElsewhereMeanwhile() throws Exception {
		Path file = dir.resolve("edge.nftfleet");
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("edge");
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName("r1");
		host.setAddress("192.0.2.1");
		fleet.getHosts().add(host);
		FleetFiles.save(fleet, file);
		FleetOptions options = new FleetOptions();
		options.fleetFile = file;
		options.fleet = FleetFiles.load(file);
		options.hosts = List.copyOf(options.fleet.getHosts());
		// while the probe runs, the engineer saves a new host from the workbench
		Fleet inWorkbench = FleetFiles.load(file);
		Host added = ModelFactory.eINSTANCE.createHost();
		added.setName("r2");
		added.setAddress("192.0.2.2");
		inWorkbench.getHosts().add(added);
		FleetFiles.save(inWorkbench, file);
		byte[] saved = Files.readAllBytes(file);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		AgentData.Probe probe = new AgentData.Probe("debian", "Debian 13", "6.12.0-test", "x86_64", Map.of(), Map.of(),
				List.of(), Map.of(), false);

		int exit = options.saveProbesAndReport("probe", Map.of(options.hosts.get(0), probe), List.of(), console);

		String message = err.toString(StandardCharsets.UTF_8);
		assertEquals(ExitCodes.PROBLEMS, exit, message);
		assertTrue(message.contains(file + " was changed by another program while probe ran")
				&& message.contains("it was not overwritten") && message.contains("Run nftoffload probe again"), message);
		assertArrayEquals(saved, Files.readAllBytes(file), "the workbench's save was overwritten");
		assertEquals(List.of("r1", "r2"), FleetFiles.load(file).getHosts().stream().map(Host::getName).toList());
	}
}
