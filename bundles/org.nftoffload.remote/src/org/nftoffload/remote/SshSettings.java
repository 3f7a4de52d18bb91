package org.nftoffload.remote;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Where the SSH layer reads its files and how long it waits. {@link #defaults()} is what a user
 * has: {@code ~/.ssh/config}, {@code ~/.ssh/known_hosts}, the usual identity files, and the
 * console's own known_hosts in {@code ~/.nftoffload/known_hosts}.
 */
public record SshSettings(Path sshConfig, Path userKnownHosts, Path consoleKnownHosts, List<Path> defaultIdentities,
		Duration connectTimeout, Duration keepaliveInterval, Duration commandTimeout, Path agentSocket) {

	public SshSettings {
		defaultIdentities = List.copyOf(defaultIdentities);
	}

	/** Without an ssh-agent. */
	public SshSettings(Path sshConfig, Path userKnownHosts, Path consoleKnownHosts, List<Path> defaultIdentities,
			Duration connectTimeout, Duration keepaliveInterval, Duration commandTimeout) {
		this(sshConfig, userKnownHosts, consoleKnownHosts, defaultIdentities, connectTimeout, keepaliveInterval,
				commandTimeout, null);
	}

	public static SshSettings defaults() {
		Path home = Path.of(System.getProperty("user.home"));
		Path ssh = home.resolve(".ssh");
		return new SshSettings(ssh.resolve("config"), ssh.resolve("known_hosts"),
				home.resolve(".nftoffload").resolve("known_hosts"),
				List.of(ssh.resolve("id_ed25519"), ssh.resolve("id_ecdsa"), ssh.resolve("id_rsa")), Duration.ofSeconds(15),
				Duration.ofSeconds(15), Duration.ofSeconds(120),
				System.getenv("SSH_AUTH_SOCK") == null ? null : Path.of(System.getenv("SSH_AUTH_SOCK")));
	}

	/** The same settings with keys also taken from the ssh-agent listening on {@code socket}. */
	public SshSettings withAgentSocket(Path socket) {
		return new SshSettings(sshConfig, userKnownHosts, consoleKnownHosts, defaultIdentities, connectTimeout,
				keepaliveInterval, commandTimeout, socket);
	}

	public SshSettings withSshConfig(Path file) {
		return new SshSettings(file, userKnownHosts, consoleKnownHosts, defaultIdentities, connectTimeout,
				keepaliveInterval, commandTimeout, agentSocket);
	}
}
