package org.nftoffload.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nftoffload.remote.AgentDeployer;
import org.nftoffload.remote.agent.AgentClient;
import org.nftoffload.remote.agent.AgentData;
import org.nftoffload.remote.agent.AgentException;
import org.nftoffload.remote.agent.AgentMessage;
import org.nftoffload.remote.agent.AgentMessage.Response;
import org.nftoffload.remote.agent.AgentRequest;

/**
 * The client against the real agent script, run locally as a subprocess under each shell it
 * supports, for the commands that need no flowtables (this machine's kernel has none).
 */
class RealAgentTest {

	@TempDir
	Path state;

	static Path agentScript() {
		return Path.of(System.getProperty("nfto.repo"), "kmod", "agent", "nft-offload-agent");
	}

	AgentClient startLocal(List<String> shell) throws Exception {
		List<String> command = new java.util.ArrayList<>(shell);
		command.add(agentScript().toString());
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("NFTOA_STATE_DIR", state.toString());
		Process process = builder.start();
		return new AgentClient("local agent", process.getInputStream(), process.getOutputStream(), process::destroy);
	}

	@ParameterizedTest
	@ValueSource(strings = { "dash", "busybox ash", "bash --posix" })
	void helloAndProbeUnderEachShell(String shell) throws Exception {
		try (AgentClient client = startLocal(List.of(shell.split(" ")))) {
			AgentData.Hello hello = client.hello(Duration.ofSeconds(10));
			assertEquals(2, hello.protocolVersion());
			assertEquals(shell.startsWith("busybox") ? "busybox-ash" : shell.split(" ")[0], hello.shell());
			assertEquals(System.getProperty("user.name").equals("root"), hello.root());
			AgentData.Probe probe = AgentData.Probe.of(client.callOk(new AgentRequest.Probe(false), Duration.ofSeconds(60)));
			String release = new String(new ProcessBuilder("uname", "-r").start().getInputStream().readAllBytes()).strip();
			assertEquals(release, probe.kernelRelease());
			assertTrue(probe.interfaces().stream().anyMatch(i -> i.name().equals("lo")), probe.interfaces().toString());
		}
	}

	@Test
	void refusedRequestsComeBackAsAgentErrors() throws Exception {
		try (AgentClient client = startLocal(List.of("dash"))) {
			AgentException e = assertThrows(AgentException.class,
					() -> client.callOk(new AgentRequest.Confirm("1700000000-1-none"), Duration.ofSeconds(10)));
			assertEquals("nothing_pending", e.code());
			Response stop = client.call(new AgentRequest.Stop(null), Duration.ofSeconds(10));
			assertEquals("nothing_running", stop.code());
			// The client still works after refusals: answers stay in step.
			assertEquals(2, client.hello(Duration.ofSeconds(10)).protocolVersion());
		}
	}

	/**
	 * {@code ruleset.persist}: the client sends the generation only with {@code enable=yes}, where
	 * it is required; the agent keeps nothing but the last confirmed apply, and {@code enable=no}
	 * answers what it removed. (Persisting a confirmed table and booting with it: LabRebootCliTest.)
	 */
	@Test
	void rulesetPersistNamesTheConfirmedGenerationAndDisableRemovesWhatItWrote() throws Exception {
		assertEquals("p1 ruleset.persist enable=yes generation=1700000000-1-a1",
				new AgentRequest.RulesetPersist(true, "1700000000-1-a1").line("p1"));
		assertEquals("p2 ruleset.persist enable=no", new AgentRequest.RulesetPersist(false, "ignored").line("p2"));
		assertThrows(IllegalArgumentException.class, () -> new AgentRequest.RulesetPersist(true, null));
		assertThrows(IllegalArgumentException.class, () -> new AgentRequest.RulesetPersist(true, "a/b"));
		Path etc = state.resolve("etc");
		Path boot = etc.resolve("init.d").resolve("nft-offload-ruleset");
		Files.createDirectories(boot.getParent());
		Files.writeString(boot, "#!/bin/sh\n");
		Files.writeString(etc.resolve("nftables.conf"), "flush ruleset\n");
		ProcessBuilder builder = new ProcessBuilder("dash", agentScript().toString()).redirectError(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("NFTOA_STATE_DIR", state.resolve("state").toString());
		builder.environment().put("NFTOA_ETC_DIR", etc.toString());
		Process process = builder.start();
		try (AgentClient client = new AgentClient("local agent", process.getInputStream(), process.getOutputStream(),
				process::destroy)) {
			if (!client.hello(Duration.ofSeconds(10)).root()) {
				AgentException e = assertThrows(AgentException.class, () -> client.callOk(
						new AgentRequest.RulesetPersist(false, null), Duration.ofSeconds(10)));
				assertEquals("not_root", e.code());
				return;
			}
			assertTrue(client.hello(Duration.ofSeconds(10)).capabilities().contains("ruleset.persist"));
			AgentException refused = assertThrows(AgentException.class, () -> client.callOk(
					new AgentRequest.RulesetPersist(true, "1700000000-1-none"), Duration.ofSeconds(10)));
			assertEquals("not_confirmed", refused.code());
			AgentData.RulesetPersisted removed = AgentData.RulesetPersisted.of(client.callOk(
					new AgentRequest.RulesetPersist(false, null), Duration.ofSeconds(10)));
			assertFalse(removed.enabled());
			assertEquals("sysvinit", removed.boot());
			assertEquals(etc.resolve("nft-offload/ruleset.nft").toString(), removed.file());
			// a file at one of its names counts as its own (it writes nothing else there)
			assertEquals(List.of(boot.toString()), removed.files());
			assertFalse(Files.exists(boot));
			assertEquals("flush ruleset\n", Files.readString(etc.resolve("nftables.conf")));
		}
	}

	@Test
	void hostileLinesRunNothing() throws Exception {
		Path marker = state.resolve("pwned");
		ProcessBuilder builder = new ProcessBuilder("dash", agentScript().toString());
		builder.environment().put("NFTOA_STATE_DIR", state.toString());
		Process process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try (OutputStream in = process.getOutputStream();
				BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String hostile : List.of("h1 stats.stream devices=$(touch " + marker + ")",
					"h2 apply table=x;touch " + marker, "h3 probe hw=`touch " + marker + "`")) {
				in.write((hostile + "\n").getBytes(StandardCharsets.UTF_8));
				in.flush();
				Response answer = (Response) AgentMessage.parse(out.readLine());
				assertFalse(answer.ok(), hostile);
				assertEquals("bad_request", answer.code(), hostile);
				assertThrows(IllegalArgumentException.class, () -> Transcript.typed(hostile),
						"the client cannot build " + hostile);
			}
		} finally {
			process.destroy();
		}
		assertFalse(Files.exists(marker), "nothing ran");
	}

	@Test
	void theBundleShipsTheRepositorysAgent() throws Exception {
		byte[] repository = Files.readAllBytes(agentScript());
		assertEquals(new AgentDeployer(repository).sha256(), AgentDeployer.shipped().sha256());
	}
}
