package org.nftoffload.fleet.ops;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.nftoffload.model.Host;
import org.nftoffload.remote.AgentDeployer;
import org.nftoffload.remote.RemoteException;
import org.nftoffload.remote.SshConnection;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.agent.AgentClient;

/**
 * Gives fleet operations a running agent per host: SSH (address, port, user, identity file and
 * jump host from the model; ~/.ssh/config for what the model leaves empty), the shipped agent
 * deployed by hash, one agent session per host reused while it is alive. Sessions are keyed by
 * the model's host object ({@link HostSnapshots#live}), not its name: a renamed host keeps its
 * session, and two hosts that share a name never share one.
 */
public final class HostAgents implements AutoCloseable {

	private final SshConnector connector;
	private final AgentDeployer deployer;
	private final Duration timeout;
	private final Map<Host, AgentClient> agents = new ConcurrentHashMap<>();
	private final Map<Host, SshConnection> connections = new ConcurrentHashMap<>();

	public HostAgents(SshConnector connector, AgentDeployer deployer, Duration timeout) {
		this.connector = connector;
		this.deployer = deployer;
		this.timeout = timeout;
	}

	public Duration timeout() {
		return timeout;
	}

	/** The live agent of {@code host}, started when needed. */
	public AgentClient agent(Host host) throws RemoteException {
		AgentClient existing = agents.get(HostSnapshots.live(host));
		if (existing != null && existing.isAlive()) {
			return existing;
		}
		AgentClient fresh = deployer.start(connection(host), timeout);
		agents.put(HostSnapshots.live(host), fresh);
		return fresh;
	}

	/** Drops the host's agent and connection, so that the next {@link #agent} reconnects. */
	public void forget(Host host) {
		AgentClient agent = agents.remove(HostSnapshots.live(host));
		if (agent != null) {
			try {
				agent.close();
			} catch (java.io.IOException e) {
				// Closing a dead session; nothing to report.
			}
		}
		SshConnection connection = connections.remove(HostSnapshots.live(host));
		if (connection != null) {
			connection.close();
		}
	}

	/**
	 * The SSH connection of {@code host} (the one its agent runs over; opened when needed), for
	 * uploads besides the agent: the kmod package that module.build takes.
	 */
	public SshConnection sshConnection(Host host) throws RemoteException {
		return connection(host);
	}

	private SshConnection connection(Host host) throws RemoteException {
		SshConnection existing = connections.get(HostSnapshots.live(host));
		if (existing != null && existing.isConnected()) {
			return existing;
		}
		String alias = blank(host.getAddress()) ? host.getName() : host.getAddress();
		SshConnector.Target target = connector.resolve(alias, blank(host.getUser()) ? null : host.getUser(),
				host.getPort() > 0 ? host.getPort() : null);
		if (!blank(host.getIdentityFile())) {
			target = new SshConnector.Target(target.alias(), target.hostName(), target.port(), target.user(),
					java.util.List.of(expandHome(host.getIdentityFile())), target.proxyJump());
		}
		if (!blank(host.getJumpHost())) {
			target = new SshConnector.Target(target.alias(), target.hostName(), target.port(), target.user(),
					target.identities(), host.getJumpHost());
		}
		SshConnection fresh;
		try {
			fresh = connector.connect(target);
		} catch (RemoteException e) {
			// Name the fleet's host first; the connector's message already says which address failed.
			String detail = e.getMessage().startsWith(e.host() + ": ") ? e.getMessage().substring(e.host().length() + 2)
					: e.getMessage();
			throw new RemoteException(host.getName(), detail, e);
		}
		connections.put(HostSnapshots.live(host), fresh);
		return fresh;
	}

	/** {@code ~/...} as in ssh_config and the demo fleet. */
	public static java.nio.file.Path expandHome(String file) {
		if (file.equals("~") || file.startsWith("~/")) {
			return java.nio.file.Path.of(System.getProperty("user.home") + file.substring(1));
		}
		return java.nio.file.Path.of(file);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	@Override
	public void close() {
		agents.values().forEach(a -> {
			try {
				a.close();
			} catch (java.io.IOException e) {
				// Closing; nothing to report.
			}
		});
		agents.clear();
		connections.values().forEach(SshConnection::close);
		connections.clear();
	}
}
