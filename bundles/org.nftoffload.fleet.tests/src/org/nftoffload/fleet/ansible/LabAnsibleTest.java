package org.nftoffload.fleet.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;
import org.nftoffload.remote.AgentDeployer;
import org.nftoffload.tests.fixtures.BoundedProcess;
import org.nftoffload.tests.fixtures.LabRouter;

/**
 * The exported playbook run by the real {@code ansible-playbook} against a real router (Debian's
 * kernel under QEMU, kmod/lab; it has no Python): a canary that fails stops the play, the table is live afterwards and confirmed, a
 * second run changes nothing, a table changed by hand is found by {@code --check --diff} (which
 * changes nothing) and put back by the next run; then through a user that needs sudo, a change of
 * the model is applied and confirmed. Host keys are checked against the lab's own known_hosts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LabAnsibleTest {

	static final String NAME = "an" + ProcessHandle.current().pid();
	static final Duration RUN_LIMIT = Duration.ofSeconds(300);
	static final Pattern RECAP = Pattern.compile("(?m)^" + NAME
			+ "\\s+:\\s+ok=(\\d+)\\s+changed=(\\d+)\\s+unreachable=(\\d+)\\s+failed=(\\d+)");

	static LabRouter router;

	@TempDir
	static Path dir;

	@BeforeAll
	static void startRouter() throws Exception {
		router = LabRouter.start(NAME).get(0);
	}

	@AfterAll
	static void stopRouter() throws Exception {
		if (router != null) {
			router.close();
		}
	}

	static Host labHost(Fleet fleet) throws Exception {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(NAME);
		host.setAddress(router.info("host"));
		host.setPort(Integer.parseInt(router.info("port")));
		host.setUser(router.info("user"));
		host.setIdentityFile(router.info("key"));
		for (String device : List.of("lan0", "wan0")) {
			NetworkInterface i = ModelFactory.eINSTANCE.createNetworkInterface();
			i.setName(device);
			host.getInterfaces().add(i);
		}
		fleet.getHosts().add(host);
		AnsibleExportTest.desireSoftwareFlowtable(host);
		return host;
	}

	/** ansible-playbook in the export directory, with a recap line for the router. */
	static BoundedProcess playbook(String... options) throws Exception {
		BoundedProcess run = ansiblePlaybook(options);
		Matcher recap = RECAP.matcher(run.output());
		assertTrue(recap.find(), "no recap line for " + NAME + ": " + run.output());
		System.out.println("ansible-playbook " + String.join(" ", options) + ": " + recap.group());
		return run;
	}

	/** ansible-playbook in the export directory; host keys only from the lab's known_hosts. */
	static BoundedProcess ansiblePlaybook(String... options) throws Exception {
		assertTrue(Files.isExecutable(Path.of("/usr/bin/ansible-playbook")),
				"ansible-playbook is missing: apt-get install ansible (the test needs the real tool)");
		List<String> command = new java.util.ArrayList<>(List.of("ansible-playbook", "-i", AnsibleExport.INVENTORY));
		command.addAll(List.of(options));
		command.add(AnsibleExport.PLAYBOOK);
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
		builder.environment().put("ANSIBLE_NOCOLOR", "1");
		builder.environment().put("ANSIBLE_HOST_KEY_CHECKING", "True");
		builder.environment().put("ANSIBLE_LOCAL_TEMP", dir.resolve(".ansible-tmp").toString());
		builder.environment().put("ANSIBLE_SSH_CONTROL_PATH_DIR", Files.createDirectories(dir.resolve(".cp")).toString());
		builder.environment().put("ANSIBLE_SSH_ARGS", "-o ControlMaster=auto -o ControlPersist=60s -o BatchMode=yes"
				+ " -o IdentitiesOnly=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=" + router.info("known_hosts"));
		return BoundedProcess.run(builder, RUN_LIMIT, null);
	}

	static int changed(BoundedProcess run) {
		Matcher recap = RECAP.matcher(run.output());
		assertTrue(recap.find(), run.output());
		assertEquals("0", recap.group(3), "unreachable: " + run.output());
		assertEquals("0", recap.group(4), "failed: " + run.output());
		return Integer.parseInt(recap.group(2));
	}

	@Test
	@Order(1)
	void aCanaryThatFailsStopsThePlayBeforeTheOtherHosts() throws Exception {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		Host down = ModelFactory.eINSTANCE.createHost();
		down.setName("down");
		down.setAddress("127.0.0.1");
		down.setPort(1);
		for (String device : List.of("lan0", "wan0")) {
			NetworkInterface i = ModelFactory.eINSTANCE.createNetworkInterface();
			i.setName(device);
			down.getInterfaces().add(i);
		}
		fleet.getHosts().add(down);
		AnsibleExportTest.desireSoftwareFlowtable(down);
		labHost(fleet);
		AnsibleExport.Result result = AnsibleExport.write(fleet, List.copyOf(fleet.getHosts()), dir,
				AgentDeployer.shipped().script(), AnsibleExport.Options.defaults());
		assertEquals(List.of("down", NAME), List.copyOf(result.inventoryNames().values()));
		BoundedProcess run = ansiblePlaybook();
		assertTrue(run.exitCode() != 0, run.output());
		assertTrue(Pattern.compile("(?m)^down\\s+:.*unreachable=1").matcher(run.output()).find(), run.output());
		assertFalse(RECAP.matcher(run.output()).find(), "the router after the canary was not started: " + run.output());
		assertFalse(router.ssh("nft list tables").contains("nftoffload"), "nothing applied on the router");
		assertFalse(router.ssh("ls /var/lib").contains("nft-offload"), "nothing uploaded to the router");
	}

	@Test
	@Order(2)
	void playbookAppliesConfirmsIsIdempotentAndPutsBackAHandChange() throws Exception {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		labHost(fleet);
		AnsibleExport.Result result = AnsibleExport.write(fleet, List.copyOf(fleet.getHosts()), dir,
				AgentDeployer.shipped().script(), AnsibleExport.Options.defaults());
		assertEquals(List.of(), result.skipped());

		BoundedProcess check = playbook("--check", "--diff");
		assertEquals(0, check.exitCode(), check.output());
		assertTrue(changed(check) > 0, "check mode says what would change: " + check.output());
		assertTrue(check.output().contains("+table inet nftoffload {")
				&& check.output().contains("flow add @ft"), "the diff shows the table to apply: "
				+ check.output());
		assertFalse(router.ssh("nft list tables").contains("nftoffload"), "check mode applied nothing");

		BoundedProcess first = playbook();
		assertEquals(0, first.exitCode(), first.output());
		assertTrue(changed(first) > 0, first.output());
		String live = router.ssh("nft list table inet nftoffload");
		assertTrue(live.contains("devices = { lan0, wan0 }") && live.contains("flow add @ft"), live);
		assertFalse(router.ssh("cat /run/nft-offload-agent/last-confirmed").isBlank(), "the apply was confirmed");
		assertTrue(router.ssh("cat /run/nft-offload-agent/pending 2>/dev/null; true").isBlank(), "nothing waits for a confirm");

		BoundedProcess second = playbook("--diff");
		assertEquals(0, second.exitCode(), second.output());
		assertEquals(0, changed(second), "a second run changes nothing: " + second.output());

		// someone changes the table by hand: found in check mode (and left alone), put back by a run
		router.ssh("nft add chain inet nftoffload byhand");
		BoundedProcess drift = playbook("--check", "--diff");
		assertEquals(0, drift.exitCode(), drift.output());
		assertTrue(changed(drift) > 0, drift.output());
		assertTrue(drift.output().contains("-\tchain byhand {"), "the diff shows the chain that goes: " + drift.output());
		assertTrue(router.ssh("nft list table inet nftoffload").contains("chain byhand"), "check mode changed nothing");

		BoundedProcess back = playbook();
		assertEquals(0, back.exitCode(), back.output());
		assertTrue(changed(back) > 0, back.output());
		assertFalse(router.ssh("nft list table inet nftoffload").contains("chain byhand"), "the model's table is back");
		assertEquals(0, changed(playbook()), "and then nothing changes again");

		// the same host through a user that is not root (sudo, as the console's sudo -n), and a change of the model
		Host host = fleet.getHosts().get(0);
		host.setUser("ops");
		AnsibleExport.write(fleet, List.copyOf(fleet.getHosts()), dir, AgentDeployer.shipped().script(),
				AnsibleExport.Options.defaults());
		assertEquals(0, changed(playbook()), "the same table seen through sudo: nothing to do");
		String confirmed = router.ssh("cat /run/nft-offload-agent/last-confirmed");
		String before = router.ssh("nft -s list table inet nftoffload");
		host.getFlowtables().get(0).setPriority(5);
		AnsibleExport.write(fleet, List.copyOf(fleet.getHosts()), dir, AgentDeployer.shipped().script(),
				AnsibleExport.Options.defaults());
		BoundedProcess changedModel = playbook();
		assertTrue(changed(changedModel) > 0, changedModel.output());
		assertFalse(before.equals(router.ssh("nft -s list table inet nftoffload")), "the new priority is live");
		assertFalse(confirmed.equals(router.ssh("cat /run/nft-offload-agent/last-confirmed")), "and confirmed");
		assertEquals(0, changed(playbook()), "and then nothing changes again");
	}
}
