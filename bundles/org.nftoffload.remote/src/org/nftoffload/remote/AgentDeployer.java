package org.nftoffload.remote;

import java.io.IOException;
import java.io.InputStream;
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

	/** How the agent is started on one host. */
	public record Deployed(String path, boolean uploaded, boolean root, String startCommand) {
	}

	/** Makes sure the current agent is on the host and finds out how to run it. */
	public Deployed deploy(SshConnection connection) throws RemoteException {
		RemoteCache.Location cache = RemoteCache.of(connection);
		boolean root = cache.root();
		String dir = cache.directory();
		String path = dir + "/agent-" + sha256;
		ExecResult check = connection.exec("f=" + quote(path) + "; if [ -f \"$f\" ] && command -v sha256sum >/dev/null"
				+ " && [ \"$(sha256sum < \"$f\" | cut -c1-64)\" = " + sha256 + " ]; then echo current; else echo stale; fi",
				null);
		boolean uploaded = false;
		if (!check.stdout().strip().equals("current")) {
			String temporary = dir + "/.agent-" + sha256 + ".tmp";
			ExecResult upload = connection.exec("umask 077 && mkdir -p " + quote(dir) + " && t=" + quote(temporary)
					+ ".$$ && cat > \"$t\" && mv -f \"$t\" " + quote(path), agent);
			if (!upload.ok()) {
				throw new RemoteException(connection.name(), "uploading the agent to " + path + " failed (exit "
						+ upload.exitStatus() + "): " + upload.stderr().strip() + "; check that the home directory is writable");
			}
			uploaded = true;
		}
		if (root) {
			return new Deployed(path, uploaded, true, "sh " + quote(path));
		}
		// The check asks sudo about exactly the command that will run (sudo -l COMMAND runs nothing),
		// so a sudoers rule that allows only the agent passes and the advice below is what it checks.
		ExecResult sudo = connection.exec("sudo -n -l sh " + quote(path), null);
		if (!sudo.ok()) {
			ExecResult sh = connection.exec("command -v sh", null);
			String shell = sh.ok() && sh.stdout().strip().startsWith("/") ? sh.stdout().strip() : "/usr/bin/sh";
			throw new RemoteException(connection.name(), connection.user() + " is not root and may not run the agent"
					+ " through 'sudo -n sh " + path + "' ("
					+ (sudo.stderr().isBlank() ? "exit " + sudo.exitStatus() : sudo.stderr().strip())
					+ "); connect as root, or allow it in sudoers (visudo -f /etc/sudoers.d/nft-offload): "
					+ sudoersRule(connection.user(), shell, dir));
		}
		return new Deployed(path, uploaded, false, "sudo -n sh " + quote(path));
	}

	/**
	 * The sudoers line that lets {@code user} run every version of the agent in {@code cacheDirectory}
	 * as root without a password, and nothing else.
	 */
	public static String sudoersRule(String user, String shell, String cacheDirectory) {
		return user + " ALL=(root) NOPASSWD: " + shell + " " + cacheDirectory + "/agent-*";
	}

	/** Deploys (if needed), starts the agent and checks its protocol version with {@code hello}. */
	public AgentClient start(SshConnection connection, Duration timeout) throws RemoteException {
		Deployed deployed = deploy(connection);
		RemoteProcess process = connection.start(deployed.startCommand());
		Thread.ofVirtual().start(() -> drain(process.stderr()));
		AgentClient client = new AgentClient(connection.name(), process.stdout(), process.stdin(), process);
		try {
			client.hello(timeout);
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

	private static void drain(InputStream stderr) {
		try {
			stderr.transferTo(java.io.OutputStream.nullOutputStream());
		} catch (IOException e) {
			// Channel closed.
		}
	}

	static String quote(String value) {
		return RemoteCache.quote(value);
	}

	@Override
	public String toString() {
		return "agent " + sha256.substring(0, 12) + " (" + agent.length + " bytes)";
	}
}
