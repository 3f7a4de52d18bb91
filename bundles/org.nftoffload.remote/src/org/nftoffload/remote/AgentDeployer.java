package org.nftoffload.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.nftoffload.remote.SshConnection.RemoteProcess;
import org.nftoffload.remote.agent.AgentClient;

/**
 * Puts the agent this product ships onto a host and starts it. The agent lives at
 * {@code ~/.cache/nft-offload/agent-<sha256>}: a new console version uploads a new file, an
 * unchanged one reuses the file while its content still has that hash. The file is written under
 * a temporary name and renamed, because a commit-confirm timer may be running the old one
 * (protocol: keep the agent at a fixed path and replace it only atomically). It runs as root when
 * the SSH user is root, else through {@code sudo -n}, which never prompts.
 */
public final class AgentDeployer {

	/** Where the bundle keeps the agent (copied from kmod/agent by the build). */
	public static final String AGENT_ENTRY = "agent/nft-offload-agent";

	private final byte[] agent;
	private final String sha256;

	public AgentDeployer(byte[] agent) {
		this.agent = agent.clone();
		this.sha256 = RemoteCache.sha256(agent);
	}

	/** The agent shipped in this bundle. */
	public static AgentDeployer shipped() throws IOException {
		return new AgentDeployer(RemoteCache.shipped(AGENT_ENTRY));
	}

	public String sha256() {
		return sha256;
	}

	/** The agent script itself, for deployments that upload it by other means (an Ansible export). */
	public byte[] script() {
		return agent.clone();
	}

	/**
	 * The sudoers line that lets {@code user} run every version of the agent in {@code cacheDirectory}
	 * as root without a password, and nothing else.
	 */
	public static String sudoersRule(String user, String shell, String cacheDirectory) {
		return user + " ALL=(root) NOPASSWD: " + shell + " " + cacheDirectory + "/agent-*";
	}

	/**
	 * Deploys (if needed), starts the agent and checks its protocol version with {@code hello}, all
	 * over one exec channel: the channel's shell checks the cached agent's hash, asks for the file
	 * only when it is missing or stale, checks {@code sudo -n} where the user is not root and then
	 * becomes the agent. Where the agent is current that is one round trip and one remote shell
	 * instead of four (check, upload, sudo check, start), which is most of a warm connection's cost.
	 * The shell text is built from constants, the agent's hash and its length only; the home
	 * directory is never put into it, only expanded there, quoted.
	 */
	public AgentClient start(SshConnection connection, Duration timeout) throws RemoteException {
		RemoteProcess process = connection.start(startScript());
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		Thread.ofVirtual().start(() -> drainKeepingHead(process.stderr(), stderr));
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			String line = marker(process, deadline);
			String path = line.startsWith(MARKER + "current ") || line.startsWith(MARKER + "upload ")
					? line.substring(line.indexOf(' ', MARKER.length()) + 1) : null;
			if (line.startsWith(MARKER + "upload ")) {
				OutputStream in = process.stdin();
				in.write(agent);
				in.flush();
				line = marker(process, deadline);
				if (!line.equals(MARKER + "uploaded")) {
					throw new RemoteException(connection.name(), "uploading the agent to " + path + " failed ("
							+ failure(line, stderr) + "); check that the home directory is writable");
				}
			}
			if (path != null) {
				// after "current" or "uploaded": "start", or why the agent cannot start
				line = marker(process, deadline);
			}
			if (line.startsWith(MARKER + "sudo refused ")) {
				String sh = line.substring((MARKER + "sudo refused ").length());
				String shell = sh.startsWith("/") ? sh : "/usr/bin/sh";
				String dir = path == null ? "~/.cache/nft-offload" : path.substring(0, path.lastIndexOf('/'));
				throw new RemoteException(connection.name(), connection.user() + " is not root and may not run the agent"
						+ " through 'sudo -n sh " + path + "' (" + failure("exit 1", stderr)
						+ "); connect as root, or allow it in sudoers (visudo -f /etc/sudoers.d/nft-offload): "
						+ sudoersRule(connection.user(), shell, dir));
			}
			if (!line.equals(MARKER + "start")) {
				throw new RemoteException(connection.name(), "could not start the agent (" + failure(line, stderr)
						+ "); check that the SSH user's shell is a POSIX sh");
			}
		} catch (RemoteException e) {
			process.close();
			throw e;
		} catch (IOException e) {
			process.close();
			throw new RemoteException(connection.name(), "starting the agent failed: " + e.getMessage(), e);
		}
		AgentClient client = new AgentClient(connection.name(), process.stdout(), process.stdin(), process);
		try {
			client.hello(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
			return client;
		} catch (Exception e) {
			try {
				client.close();
			} catch (IOException ignored) {
				// Already failing; the first error is the one to report.
			}
			throw new RemoteException(connection.name(), "the agent did not answer hello: " + e.getMessage(), e);
		}
	}

	private static final String MARKER = "nft-offload-deploy: ";

	/** What {@link #start} runs: see there. Markers go to stdout, one line each, before the agent speaks. */
	private String startScript() {
		return "umask 077; d=\"${HOME%/}/.cache/nft-offload\"; f=\"$d/agent-" + sha256 + "\"; "
				+ "if [ -f \"$f\" ] && command -v sha256sum >/dev/null && [ \"$(sha256sum < \"$f\" | cut -c1-64)\" = "
				+ sha256 + " ]; then printf '" + MARKER + "current %s\\n' \"$f\"; "
				+ "else printf '" + MARKER + "upload %s\\n' \"$f\"; t=\"$d/.agent-" + sha256 + ".tmp.$$\"; "
				+ "if mkdir -p \"$d\" && head -c " + agent.length + " > \"$t\" && [ \"$(wc -c < \"$t\")\" -eq " + agent.length
				+ " ] && mv -f \"$t\" \"$f\"; then echo '" + MARKER + "uploaded'; else rm -f \"$t\"; echo '" + MARKER
				+ "upload failed'; exit 1; fi; fi; "
				+ "if [ \"$(id -u)\" = 0 ]; then echo '" + MARKER + "start'; exec sh \"$f\"; fi; "
				// sudo is asked about exactly the command that will run (sudo -l COMMAND runs nothing), so a
				// sudoers rule that allows only the agent passes and the advice in start() is what it checks
				+ "if sudo -n -l sh \"$f\" >/dev/null; then echo '" + MARKER + "start'; exec sudo -n sh \"$f\"; fi; "
				+ "printf '" + MARKER + "sudo refused %s\\n' \"$(command -v sh)\"; exit 1";
	}

	/**
	 * The next marker line, read byte by byte so that nothing of the agent's own output is taken
	 * from the stream. Read in the calling thread, which lives on: JSch's channel output is a
	 * PipedInputStream, which breaks the channel ("read end dead") when data arrives after the
	 * last thread that read it has ended. A watchdog closes the channel when the deadline passes,
	 * which ends the read.
	 */
	private static String marker(RemoteProcess process, long deadline) throws IOException {
		java.util.concurrent.atomic.AtomicBoolean expired = new java.util.concurrent.atomic.AtomicBoolean();
		Thread watchdog = Thread.ofVirtual().start(() -> {
			try {
				Thread.sleep(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
				expired.set(true);
				process.close();
			} catch (InterruptedException e) {
				// The line came in time.
			}
		});
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			int b;
			while ((b = process.stdout().read()) >= 0 && b != '\n' && bytes.size() < 4096) {
				bytes.write(b);
			}
			if (expired.get()) {
				throw new IOException("no answer within the agent timeout");
			}
			return b < 0 && bytes.size() == 0 ? "end of output" : bytes.toString(StandardCharsets.UTF_8);
		} catch (IOException e) {
			if (expired.get()) {
				throw new IOException("no answer within the agent timeout", e);
			}
			throw e;
		} finally {
			watchdog.interrupt();
		}
	}

	private static String failure(String line, ByteArrayOutputStream stderr) {
		String text;
		synchronized (stderr) {
			text = stderr.toString(StandardCharsets.UTF_8).strip();
		}
		String said = line.startsWith(MARKER) ? line.substring(MARKER.length()) : line;
		return text.isEmpty() ? said : said + ": " + text;
	}

	/** Keeps the first 4 KiB of the script's stderr for messages, drops the rest (the agent's). */
	private static void drainKeepingHead(InputStream from, ByteArrayOutputStream head) {
		byte[] buffer = new byte[4096];
		try {
			int n;
			while ((n = from.read(buffer)) >= 0) {
				synchronized (head) {
					if (head.size() < 4096) {
						head.write(buffer, 0, Math.min(n, 4096 - head.size()));
					}
				}
			}
		} catch (IOException e) {
			// Channel closed.
		}
	}

	@Override
	public String toString() {
		return "agent " + sha256.substring(0, 12) + " (" + agent.length + " bytes)";
	}
}
