package org.nftoffload.fleet.ops;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

import org.nftoffload.remote.AgentDeployer;
import org.nftoffload.remote.CredentialStore;
import org.nftoffload.remote.OpeningCredentialStore;
import org.nftoffload.remote.SecretStorage;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.SshSettings;
import org.nftoffload.remote.UnknownHostKeyPolicy;

/**
 * The one place that wires how the console reaches hosts: SSH settings (the user's ~/.ssh files
 * and the console's own known_hosts), the credential store (Equinox secure storage), the shipped
 * agent and how long an agent request may take. The workbench and the CLI both open their
 * {@link HostAgents} here and differ only in how they decide about an unknown host key: the
 * workbench asks, the CLI refuses unless {@code --accept-new}.
 */
public final class RemoteAccess {

	/** How long one agent request may take before the host fails with a timeout. */
	public static final Duration AGENT_TIMEOUT = Duration.ofSeconds(60);

	private final Supplier<SshSettings> settings;
	private final Supplier<CredentialStore> credentials;
	private final Duration agentTimeout;

	public RemoteAccess(Supplier<SshSettings> settings, Supplier<CredentialStore> credentials, Duration agentTimeout) {
		this.settings = settings;
		this.credentials = credentials;
		this.agentTimeout = agentTimeout;
	}

	/** The secure storage of this process, opened when a secret is first needed (see {@link #useMasterPassword}). */
	private static OpeningCredentialStore secureStorage;
	private static SecretStorage.MasterPassword masterPassword;

	/**
	 * What the product uses: {@link SshSettings#defaults()} read when a connection is opened (so a
	 * changed {@code user.home} or {@code SSH_AUTH_SOCK} counts), secrets from the secure storage.
	 */
	public static RemoteAccess defaults() {
		return new RemoteAccess(SshSettings::defaults, RemoteAccess::secureStorage, AGENT_TIMEOUT);
	}

	/**
	 * How this process gets the master password where there is no Secret Service: the workbench
	 * asks in a dialog, the CLI reads {@code --password-file} or {@code NFTO_MASTER_PASSWORD}. The
	 * storage is opened anew with it on next use.
	 */
	public static synchronized void useMasterPassword(SecretStorage.MasterPassword source) {
		masterPassword = source;
		secureStorage = null;
	}

	/**
	 * The process's secure storage ({@link SecretStorage#defaults()}, the kind named by
	 * {@code NFTO_SECRET_STORE} or else chosen), opened on first use; keys and a running ssh-agent
	 * work whether or not it can be opened.
	 */
	public static synchronized OpeningCredentialStore secureStorage() {
		if (secureStorage == null) {
			SecretStorage.Kind kind = null;
			String error = null;
			try {
				kind = SecretStorage.requestedKind();
			} catch (IllegalArgumentException e) {
				error = e.getMessage();
			}
			secureStorage = new OpeningCredentialStore(SecretStorage.defaults(), kind, masterPassword, error);
		}
		return secureStorage;
	}

	/** Where passwords and key passphrases are looked up and stored (Fleet > Credentials...). */
	public CredentialStore credentials() {
		return credentials.get();
	}

	public Duration agentTimeout() {
		return agentTimeout;
	}

	/**
	 * SSH connections and agents for one operation; the caller closes them.
	 *
	 * @param unknownHostKeys decides about a host key no known_hosts file has
	 * @throws IOException when the shipped agent cannot be read from the installation
	 */
	public HostAgents open(UnknownHostKeyPolicy unknownHostKeys) throws IOException {
		return new HostAgents(new SshConnector(settings.get(), credentials.get(), unknownHostKeys), AgentDeployer.shipped(),
				agentTimeout);
	}
}
