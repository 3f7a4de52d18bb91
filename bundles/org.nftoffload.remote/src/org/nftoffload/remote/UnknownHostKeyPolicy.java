package org.nftoffload.remote;

/**
 * Decides about a host key that no known_hosts file has. The workbench asks the user with the
 * fingerprint; the CLI refuses unless {@code --accept-new}. An accepted key is recorded in the
 * console's own known_hosts file.
 */
@FunctionalInterface
public interface UnknownHostKeyPolicy {

	/** Refuse every unknown host key (the CLI's default). */
	UnknownHostKeyPolicy REFUSE = (host, type, fingerprint) -> false;

	/** Accept and record new keys (the CLI's {@code --accept-new}, like OpenSSH's accept-new). */
	UnknownHostKeyPolicy ACCEPT_NEW = (host, type, fingerprint) -> true;

	/**
	 * @param host        as known_hosts writes it: {@code name} or {@code [name]:port}
	 * @param keyType     e.g. {@code ssh-ed25519}
	 * @param fingerprint {@code SHA256:...}
	 */
	boolean accept(String host, String keyType, String fingerprint);
}
