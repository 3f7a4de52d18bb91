package org.nftoffload.cli.internal.commands;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;

import org.nftoffload.cli.internal.ConsoleCommand;
import org.nftoffload.cli.internal.ExitCodes;
import org.nftoffload.cli.internal.HelpOption;
import org.nftoffload.fleet.ops.RemoteAccess;
import org.nftoffload.remote.CredentialStore;
import org.nftoffload.remote.OpeningCredentialStore;
import org.nftoffload.remote.RemoteException;
import org.nftoffload.remote.SshConnector;
import org.nftoffload.remote.SshSettings;
import org.nftoffload.remote.UnknownHostKeyPolicy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nftoffload credentials list|store|delete}: the SSH passwords and key passphrases in the
 * console's secure storage (shared with the workbench). A login is {@code [user@]host[:port]} and
 * is resolved through ~/.ssh/config as ssh would (an alias finds its HostName, User and Port), so
 * it names exactly what a connection looks up. Secrets are read from standard input, never from
 * the command line.
 */
@Command(name = "credentials", header = "List, store and delete stored SSH passwords and key passphrases.",
		subcommands = { CredentialsCommand.ListCommand.class, CredentialsCommand.Store.class, CredentialsCommand.Delete.class })
public final class CredentialsCommand extends ConsoleCommand {

	@Mixin
	HelpOption help;

	@Override
	public Integer call() {
		spec.commandLine().usage(console.err());
		return ExitCodes.USAGE_OR_INPUT;
	}

	static OpeningCredentialStore open(MasterPasswordOption masterPassword) throws RemoteException {
		masterPassword.install();
		OpeningCredentialStore store = RemoteAccess.secureStorage();
		store.opened();
		return store;
	}

	static SshConnector.Target resolve(String text) throws RemoteException {
		SshConnector.Login login = SshConnector.Login.parse(text);
		try (SshConnector resolver = new SshConnector(SshSettings.defaults(), CredentialStore.NONE, UnknownHostKeyPolicy.REFUSE)) {
			return resolver.resolve(login.host(), login.user(), login.port());
		}
	}

	@Command(name = "list", header = "List what has a stored password or passphrase (never the secrets).")
	public static final class ListCommand extends ConsoleCommand {
		@Mixin
		HelpOption help;

		@Mixin
		MasterPasswordOption masterPassword;

		@Override
		public Integer call() {
			try {
				OpeningCredentialStore store = open(masterPassword);
				console.out().println("# " + store.opened().kind().option() + " storage"
						+ (store.opened().keyring() == null ? "" : " in " + store.opened().keyring()));
				store.storedPasswords().stream().map(login -> "password " + login).sorted().forEach(console.out()::println);
				store.storedPassphrases().stream().map(file -> "passphrase " + file).sorted().forEach(console.out()::println);
				return ExitCodes.OK;
			} catch (RemoteException e) {
				return fail(ExitCodes.USAGE_OR_INPUT, e.getMessage());
			}
		}
	}

	@Command(name = "store", header = "Store the password of LOGIN ([user@]host[:port]) or, with --passphrase, of a key file; read from standard input.")
	public static final class Store extends ConsoleCommand {
		@Mixin
		HelpOption help;

		@Mixin
		MasterPasswordOption masterPassword;

		@Option(names = "--passphrase", description = "TARGET is a key file; store its passphrase.")
		boolean passphrase;

		@Parameters(paramLabel = "TARGET", description = "[user@]host[:port], resolved through ~/.ssh/config; or a key file with --passphrase.")
		String target;

		@Override
		public Integer call() {
			char[] secret = null;
			try {
				SshConnector.Target login = passphrase ? null : resolve(target);
				secret = readSecret();
				if (secret.length == 0) {
					return fail(ExitCodes.USAGE_OR_INPUT, "nothing on standard input; nothing stored");
				}
				OpeningCredentialStore store = open(masterPassword);
				if (passphrase) {
					store.storePassphrase(target, secret);
					console.out().println("stored the passphrase of " + target);
				} else {
					store.storePassword(login.user(), login.hostName(), login.port(), secret);
					console.out().println("stored the password of " + login.login());
				}
				return ExitCodes.OK;
			} catch (RemoteException | IOException e) {
				return fail(ExitCodes.USAGE_OR_INPUT, e.getMessage());
			} finally {
				if (secret != null) {
					Arrays.fill(secret, '\0');
				}
			}
		}

		private static char[] readSecret() throws IOException {
			java.io.Console terminal = System.console();
			if (terminal != null && isTerminal(terminal)) {
				char[] typed = terminal.readPassword("Password: ");
				return typed == null ? new char[0] : typed;
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
			String line = reader.readLine();
			return line == null ? new char[0] : line.toCharArray();
		}

		/**
		 * From Java 22 on, System.console() is there even when standard input is a pipe, and reading a
		 * password from it then waits for a terminal: ask Console.isTerminal() (22+) where it exists;
		 * on 21 a console is only there for a terminal.
		 */
		private static boolean isTerminal(java.io.Console console) {
			try {
				return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
			} catch (ReflectiveOperationException e) {
				return true;
			}
		}
	}

	@Command(name = "delete", header = "Delete the stored password of each LOGIN ([user@]host[:port]) or, with --passphrase, of each key file.")
	public static final class Delete extends ConsoleCommand {
		@Mixin
		HelpOption help;

		@Mixin
		MasterPasswordOption masterPassword;

		@Option(names = "--passphrase", description = "The TARGETs are key files; delete their passphrases.")
		boolean passphrase;

		@Parameters(paramLabel = "TARGET", arity = "1..*", description = "[user@]host[:port], resolved through ~/.ssh/config; or key files with --passphrase.")
		java.util.List<String> targets = new ArrayList<>();

		@Override
		public Integer call() {
			int code = ExitCodes.OK;
			try {
				OpeningCredentialStore store = open(masterPassword);
				for (String target : targets) {
					if (passphrase) {
						boolean removed = store.deletePassphrase(target);
						console.out().println((removed ? "deleted the passphrase of " : "no passphrase stored for ") + target);
						code = removed ? code : ExitCodes.PROBLEMS;
					} else {
						SshConnector.Target login = resolve(target);
						String name = login.login();
						boolean removed = store.deletePassword(login.user(), login.hostName(), login.port());
						console.out().println((removed ? "deleted the password of " : "no password stored for ") + name);
						code = removed ? code : ExitCodes.PROBLEMS;
					}
				}
				return code;
			} catch (RemoteException e) {
				return fail(ExitCodes.USAGE_OR_INPUT, e.getMessage());
			}
		}
	}
}
