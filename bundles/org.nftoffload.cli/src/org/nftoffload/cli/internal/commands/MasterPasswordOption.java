package org.nftoffload.cli.internal.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

import org.nftoffload.fleet.ops.RemoteAccess;
import org.nftoffload.remote.SecretStorage;

import picocli.CommandLine.Option;

/**
 * The master password of the console's keyring for a CLI run where no Secret Service answers (a
 * server, an SSH session): the first line of {@code --password-file FILE}, which only its owner may
 * read, else {@code NFTO_MASTER_PASSWORD}. A wrong one is not tried again: the command fails naming
 * the keyring.
 */
public final class MasterPasswordOption {

	@Option(names = "--password-file", paramLabel = "FILE",
			description = "Master password of the console's keyring (first line of FILE, mode 600) where no Secret Service answers; else $"
					+ SecretStorage.PASSWORD_VARIABLE + ".")
	Path passwordFile;

	/** Makes this process's secure storage take its master password from here. */
	void install() {
		Path file = passwordFile;
		RemoteAccess.useMasterPassword((keyring, creating, retry) -> {
			if (retry != null) {
				return null;
			}
			if (file != null) {
				return read(file);
			}
			String variable = System.getenv(SecretStorage.PASSWORD_VARIABLE);
			return variable == null || variable.isEmpty() ? null : variable.toCharArray();
		});
	}

	static char[] read(Path file) {
		try {
			Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
			if (mode.contains(PosixFilePermission.GROUP_READ) || mode.contains(PosixFilePermission.OTHERS_READ)) {
				throw new IllegalArgumentException(file + " can be read by others; chmod 600 " + file);
			}
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			if (lines.isEmpty() || lines.get(0).isEmpty()) {
				throw new IllegalArgumentException(file + " is empty; its first line is the master password");
			}
			return lines.get(0).toCharArray();
		} catch (IOException e) {
			throw new IllegalArgumentException("cannot read the password file " + file + ": " + e.getMessage(), e);
		}
	}
}
