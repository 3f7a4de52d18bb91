package org.nftoffload.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;

import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.tests.fixtures.OpenSshServer;

/**
 * What the fleet commands' tests run against: a real sshd on loopback (root logs in with a key,
 * and runs the real agent), a home directory of the test's own holding that key in
 * {@code ~/.ssh/id_ed25519} and no known_hosts, so the user's files are never read or written, and
 * a fleet file with one host {@code r1} on that server.
 */
record LoopbackHost(OpenSshServer server, Path home, Path fleetFile) implements AutoCloseable {

	static LoopbackHost start(Path dir, String fleetName) throws Exception {
		Path home = dir.resolve("home");
		Files.createDirectories(home.resolve(".ssh"));
		OpenSshServer server = new OpenSshServer(dir.resolve("sshd"));
		Path key = server.generateKey("id_ed25519", "ed25519", "");
		Files.copy(key, home.resolve(".ssh/id_ed25519"));
		server.authorize("root", key);
		server.start();
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName(fleetName);
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName("r1");
		host.setAddress("127.0.0.1");
		host.setPort(server.port());
		host.setUser("root");
		fleet.getHosts().add(host);
		Path fleetFile = dir.resolve(fleetName + ".nftfleet");
		FleetFiles.save(fleet, fleetFile);
		return new LoopbackHost(server, home, fleetFile);
	}

	@Override
	public void close() throws Exception {
		server.close();
	}
}
