package org.nftoffload.remote.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nftoffload.remote.AgentDeployer;
import org.nftoffload.remote.CredentialStore;
import org.nftoffload.remote.KmodPackage;
import org.nftoffload.remote.SshConnection;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.SshSettings;
import org.nftoffload.remote.UnknownHostKeyPolicy;
import org.nftoffload.remote.agent.AgentClient;
import org.nftoffload.remote.agent.AgentMessage.Response;
import org.nftoffload.remote.agent.AgentRequest;
import org.nftoffload.tests.fixtures.OpenSshServer;

/**
 * The shipped kmod package: what the archive holds, and its upload over a real SSH connection on
 * loopback, then the real agent's module.build with {@code pkg=} that directory. This machine's
 * kernel has no module support and no headers, so the build stops at the first missing piece:
 * the test asserts the agent's real answer for this machine.
 */
class KmodPackageTest {

	@TempDir
	static Path dir;
	static OpenSshServer server;
	static SshConnector connector;

	@BeforeAll
	static void start() throws Exception {
		server = new OpenSshServer(dir.resolve("sshd"));
		Path key = server.generateKey("id_ed25519", "ed25519", "");
		server.authorize("root", key);
		server.start();
		Path known = dir.resolve("known_hosts");
		Files.writeString(known, server.knownHostsLine());
		connector = new SshConnector(new SshSettings(null, known, dir.resolve("console_known_hosts"), List.of(key),
				Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(60)), CredentialStore.NONE,
				UnknownHostKeyPolicy.REFUSE);
	}

	@AfterAll
	static void stop() throws Exception {
		connector.close();
		server.close();
	}

	/** One ustar header: name, mode, owner, mtime, type; content for regular files. */
	record Entry(String name, int mode, long uid, long gid, long mtime, char type, byte[] content) {
	}

	static Map<String, Entry> entries(byte[] tar) {
		Map<String, Entry> entries = new LinkedHashMap<>();
		int at = 0;
		while (at + 512 <= tar.length && tar[at] != 0) {
			String prefix = text(tar, at + 345, 155);
			String name = (prefix.isEmpty() ? "" : prefix + "/") + text(tar, at + 0, 100);
			long size = octal(tar, at + 124, 12);
			byte[] content = Arrays.copyOfRange(tar, at + 512, at + 512 + (int) size);
			entries.put(name, new Entry(name, (int) octal(tar, at + 100, 8), octal(tar, at + 108, 8), octal(tar, at + 116, 8),
					octal(tar, at + 136, 12), (char) tar[at + 156], content));
			at += 512 + (int) ((size + 511) / 512 * 512);
		}
		return entries;
	}

	private static String text(byte[] b, int from, int length) {
		int end = from;
		while (end < from + length && b[end] != 0) {
			end++;
		}
		return new String(b, from, end - from, StandardCharsets.US_ASCII);
	}

	private static long octal(byte[] b, int from, int length) {
		String digits = text(b, from, length).strip();
		return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
	}

	@Test
	void archiveHoldsExactlyWhatModuleBuildNeedsWithTheRepositoryContent() throws Exception {
		Map<String, Entry> entries = entries(KmodPackage.shipped().archive());
		assertEquals(List.of("Kbuild", "Makefile", "src/", "src/collect-sources"), entries.keySet().stream().sorted().toList());
		Path kmod = Path.of(System.getProperty("nfto.repo"), "kmod");
		for (String file : List.of("Makefile", "Kbuild", "src/collect-sources")) {
			assertArrayEquals(Files.readAllBytes(kmod.resolve(file)), entries.get(file).content(), file + " as in kmod/");
		}
		assertEquals(0755, entries.get("src/collect-sources").mode(), "the Makefile runs collect-sources directly");
		assertEquals(0644, entries.get("Makefile").mode());
	}

	@Test
	void archiveCarriesNoTraceOfTheBuildMachine() throws Exception {
		// Fixed times, owners and modes: the hash, which names the directory on the host, changes
		// only with the content, not with who built the console when.
		for (Entry entry : entries(KmodPackage.shipped().archive()).values()) {
			assertEquals(0, entry.mtime(), entry.name() + " mtime");
			assertEquals(0, entry.uid(), entry.name() + " uid");
			assertEquals(0, entry.gid(), entry.name() + " gid");
			assertTrue((entry.mode() & 022) == 0 && (entry.mode() & 0444) == 0444, entry.name() + " mode "
					+ Integer.toOctalString(entry.mode()));
		}
	}

	@Test
	void packageIsUnpackedOnceReusedAndReplacedWhenItsArchiveChanged() throws Exception {
		SshConnection connection = connector.connection("127.0.0.1", "root", server.port());
		connection.exec("rm -rf \"$HOME\"/.cache/nft-offload/kmod-* \"$HOME\"/.cache/nft-offload/.kmod-*", null);
		KmodPackage kmod = KmodPackage.shipped();
		KmodPackage.Uploaded first = kmod.upload(connection);
		assertTrue(first.uploaded());
		String home = connection.exec("printf %s \"$HOME\"", null).stdout();
		assertEquals(home + "/.cache/nft-offload/kmod-" + kmod.sha256(), first.directory());
		assertEquals("Kbuild\nMakefile\nnft-offload-kmod.tar\nsrc\n", connection.exec("ls '" + first.directory() + "'", null)
				.stdout());
		assertTrue(connection.exec("test -x '" + first.directory() + "/src/collect-sources'", null).ok(),
				"collect-sources stays executable");
		assertFalse(kmod.upload(connection).uploaded(), "an unchanged package is reused");
		connection.exec("echo tampered >> '" + first.directory() + "/nft-offload-kmod.tar'", null);
		assertTrue(kmod.upload(connection).uploaded(), "a directory whose archive no longer matches is replaced");
		connection.exec("rm '" + first.directory() + "/Kbuild'", null);
		assertTrue(kmod.upload(connection).uploaded(), "an incomplete directory is replaced");
		assertTrue(connection.exec("test -f '" + first.directory() + "/Kbuild'", null).ok());
		assertEquals("", connection.exec("ls -A \"$HOME/.cache/nft-offload\" | grep tmp || true", null).stdout(),
				"no temporary directory is left behind");
	}

	/**
	 * The real agent finds the uploaded package through {@code pkg=} and goes on to the next check;
	 * given a directory without the package it says {@code no_package}.
	 */
	@Test
	void moduleBuildWithTheUploadedPackageAnswersWhatThisMachineLacks() throws Exception {
		SshConnection connection = connector.connection("127.0.0.1", "root", server.port());
		KmodPackage.Uploaded uploaded = KmodPackage.shipped().upload(connection);
		try (AgentClient agent = AgentDeployer.shipped().start(connection, Duration.ofSeconds(20))) {
			Response noPackage = agent.call(new AgentRequest.ModuleBuild(null, null, "/nonexistent/kmod", null),
					Duration.ofSeconds(60));
			assertEquals("no_package", noPackage.code(), noPackage.message());

			Response build = agent.call(new AgentRequest.ModuleBuild(null, null, uploaded.directory(), null),
					Duration.ofSeconds(120));
			String release = new String(new ProcessBuilder("uname", "-r").start().getInputStream().readAllBytes(),
					StandardCharsets.US_ASCII).strip();
			assertFalse(Files.isRegularFile(Path.of("/lib/modules", release, "build", "Makefile")),
					"this test expects a build machine without kernel headers for " + release
							+ " (see the lab notes); with headers the agent would go on to build");
			assertFalse(build.ok());
			assertEquals("no_headers", build.code(), build.message());
			assertTrue(build.message().contains("linux-headers-" + release), "names the package to install: " + build.message());
		}
	}
}
