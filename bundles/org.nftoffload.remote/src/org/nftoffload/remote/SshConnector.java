package org.nftoffload.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.AgentProxyException;
import com.jcraft.jsch.ConfigRepository;
import com.jcraft.jsch.Identity;
import com.jcraft.jsch.IdentityRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import com.jcraft.jsch.OpenSSHConfig;
import com.jcraft.jsch.SSHAgentConnector;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.UIKeyboardInteractive;
import com.jcraft.jsch.UnixDomainSocketFactory;
import com.jcraft.jsch.UserInfo;

import org.nftoffload.remote.internal.ConsoleLog;
import org.nftoffload.remote.internal.HostKeyVerifier;

/**
 * Opens SSH connections the way OpenSSH would: {@code ~/.ssh/config} for HostName, User, Port,
 * IdentityFile and ProxyJump; known_hosts checking through {@link HostKeyVerifier}; keys with
 * passphrases and passwords from the {@link CredentialStore}. One connection per host is kept and
 * reused while it is alive ({@link #connection}).
 */
public final class SshConnector implements AutoCloseable {

	/** A host as the configuration resolves it. */
	public record Target(String alias, String hostName, int port, String user, List<Path> identities, String proxyJump) {
		/** The name known_hosts uses for this host. */
		public String knownHostsName() {
			return port == 22 ? hostName : "[" + hostName + "]:" + port;
		}

		/** user@host:port, the login a stored password belongs to. */
		public String login() {
			return user + "@" + hostName + ":" + port;
		}
	}

	/**
	 * A login as ssh and ProxyJump write it, {@code [user@]host[:port]} ({@code [host]:port} for an
	 * address with colons); {@code user} and {@code port} are null where the text leaves them out.
	 */
	public record Login(String user, String host, Integer port) {
		public static Login parse(String login) throws RemoteException {
			int at = login.lastIndexOf('@');
			String user = at >= 0 ? login.substring(0, at) : null;
			String hostPort = login.substring(at + 1);
			String host = hostPort;
			Integer port = null;
			int colon = hostPort.lastIndexOf(':');
			if (hostPort.startsWith("[") && hostPort.contains("]")) {
				host = hostPort.substring(1, hostPort.indexOf(']'));
				String rest = hostPort.substring(hostPort.indexOf(']') + 1);
				port = rest.startsWith(":") ? parsePort(login, rest.substring(1)) : null;
			} else if (colon > 0 && hostPort.indexOf(':') == colon) {
				host = hostPort.substring(0, colon);
				port = parsePort(login, hostPort.substring(colon + 1));
			}
			if (host.isBlank() || (user != null && user.isBlank())) {
				throw new RemoteException(login, "not a login: give [user@]host[:port]");
			}
			return new Login(user, host, port);
		}

		private static int parsePort(String login, String port) throws RemoteException {
			try {
				int value = Integer.parseInt(port);
				if (value >= 1 && value <= 65535) {
					return value;
				}
			} catch (NumberFormatException e) {
				// falls through to the error
			}
			throw new RemoteException(login, "port '" + port + "' is not a number in 1..65535");
		}
	}

	private final SshSettings settings;
	private final CredentialStore credentials;
	private final UnknownHostKeyPolicy policy;
	private final Map<String, SshConnection> connections = new ConcurrentHashMap<>();

	public SshConnector(SshSettings settings, CredentialStore credentials, UnknownHostKeyPolicy policy) {
		this.settings = settings;
		this.credentials = credentials;
		this.policy = policy;
	}

	/** Resolves an alias through {@code ~/.ssh/config}; explicit user/port (non-null) win. */
	public Target resolve(String alias, String user, Integer port) throws RemoteException {
		ConfigRepository.Config config = null;
		if (settings.sshConfig() != null && Files.isReadable(settings.sshConfig())) {
			try {
				config = OpenSSHConfig.parseFile(settings.sshConfig().toString()).getConfig(alias);
			} catch (IOException e) {
				throw new RemoteException(alias, "cannot read " + settings.sshConfig() + ": " + e.getMessage(), e);
			}
		}
		String hostName = config != null && config.getHostname() != null ? config.getHostname() : alias;
		String resolvedUser = user != null ? user
				: config != null && config.getUser() != null ? config.getUser() : System.getProperty("user.name");
		int resolvedPort = port != null ? port : config != null && config.getPort() > 0 ? config.getPort() : 22;
		List<Path> identities = new ArrayList<>();
		String[] configured = config == null ? null : config.getValues("IdentityFile");
		if (configured != null) {
			for (String file : configured) {
				identities.add(Path.of(file.replaceFirst("^~(?=/)", System.getProperty("user.home"))));
			}
		}
		if (identities.isEmpty()) {
			identities.addAll(settings.defaultIdentities());
		}
		String jump = config == null ? null : config.getValue("ProxyJump");
		if (jump != null && (jump.isBlank() || jump.equalsIgnoreCase("none"))) {
			jump = null;
		}
		return new Target(alias, hostName, resolvedPort, resolvedUser, List.copyOf(identities), jump);
	}

	/**
	 * The jump host of a {@code ProxyJump} value ({@code [user@]host[:port]}) as the configuration
	 * resolves it: the login its password is stored for.
	 */
	public Target resolveJump(String proxyJump) throws RemoteException {
		if (proxyJump.contains(",")) {
			throw new RemoteException(proxyJump, "ProxyJump with several hops is not supported; give one jump host");
		}
		Login login = Login.parse(proxyJump);
		Target jump = resolve(login.host(), login.user(), login.port());
		return new Target(jump.alias(), jump.hostName(), jump.port(), jump.user(), jump.identities(), null);
	}

	/** The live connection to {@code alias}, opened (or reopened) when needed. */
	public SshConnection connection(String alias, String user, Integer port) throws RemoteException {
		String key = (user == null ? "" : user + "@") + alias + (port == null ? "" : ":" + port);
		SshConnection existing = connections.get(key);
		if (existing != null && existing.isConnected()) {
			return existing;
		}
		synchronized (connections) {
			existing = connections.get(key);
			if (existing != null && existing.isConnected()) {
				return existing;
			}
			SshConnection fresh = connect(resolve(alias, user, port));
			connections.put(key, fresh);
			return fresh;
		}
	}

	/** Opens a new connection (not cached). */
	public SshConnection connect(Target target) throws RemoteException {
		Session jumpSession = null;
		String connectHost = target.hostName();
		int connectPort = target.port();
		if (target.proxyJump() != null) {
			if (target.proxyJump().contains(",")) {
				throw new RemoteException(target.alias(), "ProxyJump with several hops (" + target.proxyJump()
						+ ") is not supported; give one jump host");
			}
			Target jump = resolveJump(target.proxyJump());
			jumpSession = open(jump, jump.hostName(), jump.port(), null);
			try {
				connectHost = "127.0.0.1";
				connectPort = jumpSession.setPortForwardingL("127.0.0.1", 0, target.hostName(), target.port());
			} catch (JSchException e) {
				jumpSession.disconnect();
				throw new RemoteException(target.alias(), "jump host " + target.proxyJump() + " could not forward to "
						+ target.hostName() + ":" + target.port() + ": " + e.getMessage(), e);
			}
		}
		try {
			Session session = open(target, connectHost, connectPort, jumpSession == null ? null : target.knownHostsName());
			return new SshConnection(target.alias(), target.user(), session, jumpSession, settings.commandTimeout());
		} catch (RemoteException e) {
			if (jumpSession != null) {
				jumpSession.disconnect();
			}
			ConsoleLog.warn(SshConnector.class, "SSH to " + target.login()
					+ " (host " + target.alias() + ") failed: " + e.getMessage(), e);
			throw e;
		}
	}

	private Session open(Target target, String connectHost, int connectPort, String hostKeyAlias) throws RemoteException {
		HostKeyVerifier verifier = new HostKeyVerifier(settings.userKnownHosts(), settings.consoleKnownHosts(), policy);
		JSch jsch = new JSch();
		jsch.setHostKeyRepository(verifier);
		List<String> triedKeys = new ArrayList<>();
		for (Path identity : target.identities()) {
			if (!Files.isReadable(identity)) {
				continue;
			}
			// Only an encrypted key needs its passphrase: a plain key never opens the secure storage.
			Optional<char[]> passphrase = encrypted(jsch, identity) ? credentials.passphrase(identity.toString())
					: Optional.empty();
			try {
				jsch.addIdentity(identity.toString(),
						passphrase.map(p -> new String(p).getBytes(StandardCharsets.UTF_8)).orElse(null));
				triedKeys.add(identity.toString());
			} catch (JSchException e) {
				// A key that cannot be decrypted (wrong or missing passphrase) is left out, as ssh does.
				triedKeys.add(identity + " (not usable: " + e.getMessage() + ")");
			}
		}
		if (settings.agentSocket() != null && Files.exists(settings.agentSocket())) {
			try {
				AgentIdentityRepository agent = new AgentIdentityRepository(
						new SSHAgentConnector(new UnixDomainSocketFactory(), settings.agentSocket()));
				// JSch would hand key files added later to the agent itself (ssh-add behind the
				// user's back): the agent is only asked, the files stay in this session.
				jsch.setIdentityRepository(new AgentAndFileIdentities(agent, jsch.getIdentityRepository().getIdentities()));
				triedKeys.add(0, "ssh-agent at " + settings.agentSocket());
			} catch (AgentProxyException e) {
				triedKeys.add("ssh-agent at " + settings.agentSocket() + " (not usable: " + e.getMessage() + ")");
			}
		}
		// Looked up when the server asks for a password, not before: key logins never open the store.
		StoredPasswordUserInfo userInfo = new StoredPasswordUserInfo(
				() -> credentials.password(target.user(), target.hostName(), target.port()));
		try {
			Session session = jsch.getSession(target.user(), connectHost, connectPort);
			if (hostKeyAlias != null) {
				session.setHostKeyAlias(hostKeyAlias);
			}
			session.setConfig("StrictHostKeyChecking", "yes");
			session.setConfig("PreferredAuthentications", "publickey,keyboard-interactive,password");
			session.setUserInfo(userInfo);
			session.setServerAliveInterval((int) settings.keepaliveInterval().toMillis());
			session.setServerAliveCountMax(3);
			session.connect((int) settings.connectTimeout().toMillis());
			return session;
		} catch (JSchUnknownHostKeyException | JSchChangedHostKeyException e) {
			throw hostKeyError(target, verifier.outcome(), e);
		} catch (JSchException e) {
			HostKeyVerifier.Outcome outcome = verifier.outcome();
			if (outcome != null && outcome.result() != HostKeyVerifier.OK) {
				throw hostKeyError(target, outcome, e);
			}
			if (isAuthenticationFailure(e.getMessage())) {
				throw new RemoteException(target.alias(), "authentication failed for " + target.login() + " (keys tried: "
						+ (triedKeys.isEmpty() ? "none" : String.join(", ", triedKeys)) + "; stored password: "
						+ (userInfo.found() ? "yes" : userInfo.asked() ? "no" : "not asked for")
						+ "); add your public key to the host's authorized_keys or store the password/passphrase in the console", e);
			}
			throw new RemoteException(target.alias(), "cannot connect to " + connectHost + ":" + connectPort + ": "
					+ e.getMessage() + "; check HostName/Port and that sshd runs", e);
		}
	}

	/** JSch words for "the server did not accept who we are": no usable method left, or too many tries. */
	private static boolean isAuthenticationFailure(String message) {
		return message != null && (message.startsWith("Auth fail") || message.startsWith("Auth cancel")
				|| message.contains("Too many authentication failures"));
	}

	private static RemoteException hostKeyError(Target target, HostKeyVerifier.Outcome outcome, JSchException cause) {
		if (outcome == null) {
			return new RemoteException(target.alias(), "host key refused: " + cause.getMessage(), cause);
		}
		if (outcome.result() == HostKeyVerifier.REVOKED) {
			return new HostKeyException(target.alias(), HostKeyException.Kind.CHANGED, outcome.presented(), outcome.known(),
					"host key " + outcome.keyType() + " " + outcome.presented() + " of " + outcome.host()
							+ " is marked @revoked in " + outcome.knownFile() + "; it is never accepted");
		}
		if (outcome.result() == HostKeyVerifier.CHANGED) {
			return new HostKeyException(target.alias(), HostKeyException.Kind.CHANGED, outcome.presented(), outcome.known(),
					"HOST KEY CHANGED for " + outcome.host() + ": it presented " + outcome.keyType() + " " + outcome.presented()
							+ " but " + outcome.knownFile() + " has " + outcome.known() + ". This can be an attack; if the host was"
							+ " reinstalled, remove the old entry (" + removeCommand(outcome)
							+ ", or Fleet > Trusted Host Keys... in the console) and connect again.");
		}
		return new HostKeyException(target.alias(), HostKeyException.Kind.UNKNOWN, outcome.presented(), null,
				"unknown host key " + outcome.keyType() + " " + outcome.presented() + " for " + outcome.host()
						+ "; verify the fingerprint and accept it (CLI: --accept-new), or add it to ~/.ssh/known_hosts");
	}

	/** The ssh-keygen command that removes the entry from the file that holds it (not always ~/.ssh/known_hosts). */
	public static String removeCommand(HostKeyVerifier.Outcome outcome) {
		return "ssh-keygen -R " + RemoteCache.quote(outcome.host()) + " -f " + RemoteCache.quote(String.valueOf(outcome.knownFile()));
	}

	@Override
	public void close() {
		connections.values().forEach(SshConnection::close);
		connections.clear();
	}

	/** The ssh-agent's keys first (as OpenSSH), then the key files loaded for this session; adds nothing anywhere. */
	private record AgentAndFileIdentities(AgentIdentityRepository agent, java.util.Vector<Identity> files)
			implements IdentityRepository {
		public String getName() {
			return "ssh-agent and key files";
		}

		public int getStatus() {
			return RUNNING;
		}

		public java.util.Vector<Identity> getIdentities() {
			java.util.Vector<Identity> all = new java.util.Vector<>();
			if (agent.getStatus() != UNAVAILABLE) {
				all.addAll(agent.getIdentities());
			}
			all.addAll(files);
			return all;
		}

		public boolean add(byte[] identity) {
			return false;
		}

		public boolean remove(byte[] blob) {
			return false;
		}

		public void removeAll() {
		}
	}

	private static boolean encrypted(JSch jsch, Path identity) {
		try {
			return com.jcraft.jsch.KeyPair.load(jsch, identity.toString()).isEncrypted();
		} catch (JSchException e) {
			return false;
		}
	}

	/** Answers password and keyboard-interactive prompts with the stored password, looked up once when first asked; never prompts. */
	private static final class StoredPasswordUserInfo implements UserInfo, UIKeyboardInteractive {
		private final java.util.function.Supplier<Optional<char[]>> lookup;
		private Optional<char[]> password;

		StoredPasswordUserInfo(java.util.function.Supplier<Optional<char[]>> lookup) {
			this.lookup = lookup;
		}

		private synchronized char[] password() {
			if (password == null) {
				password = lookup.get();
			}
			return password.orElse(null);
		}

		synchronized boolean asked() {
			return password != null;
		}

		synchronized boolean found() {
			return password != null && password.isPresent();
		}

		public String getPassphrase() {
			return null;
		}

		public String getPassword() {
			char[] stored = password();
			return stored == null ? null : new String(stored);
		}

		public boolean promptPassword(String message) {
			return password() != null;
		}

		public boolean promptPassphrase(String message) {
			return false;
		}

		public boolean promptYesNo(String message) {
			return false;
		}

		public void showMessage(String message) {
		}

		public String[] promptKeyboardInteractive(String destination, String name, String instruction, String[] prompt,
				boolean[] echo) {
			char[] stored = password();
			if (stored == null || prompt.length != 1) {
				return null;
			}
			return new String[] { new String(stored) };
		}
	}
}
