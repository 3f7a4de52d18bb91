package org.nftoffload.remote;

/**
 * The host's key was not accepted: unknown and refused, or different from the recorded one. A
 * changed key is never accepted automatically; the message carries both SHA256 fingerprints.
 */
public class HostKeyException extends RemoteException {

	private static final long serialVersionUID = 1L;

	public enum Kind {
		UNKNOWN, CHANGED
	}

	private final Kind kind;
	private final String presentedFingerprint;
	private final String knownFingerprint;

	public HostKeyException(String host, Kind kind, String presentedFingerprint, String knownFingerprint, String message) {
		super(host, message);
		this.kind = kind;
		this.presentedFingerprint = presentedFingerprint;
		this.knownFingerprint = knownFingerprint;
	}

	public Kind kind() {
		return kind;
	}

	/** SHA256 fingerprint of the key the host presented. */
	public String presentedFingerprint() {
		return presentedFingerprint;
	}

	/** SHA256 fingerprint of the recorded key ({@code null} for an unknown host). */
	public String knownFingerprint() {
		return knownFingerprint;
	}
}
