package org.nftoffload.remote;

/** Reaching or using a host failed; the message names the host and what to do. */
public class RemoteException extends Exception {

	private static final long serialVersionUID = 1L;
	private final String host;

	public RemoteException(String host, String message) {
		super(host + ": " + message);
		this.host = host;
	}

	public RemoteException(String host, String message, Throwable cause) {
		super(host + ": " + message, cause);
		this.host = host;
	}

	public String host() {
		return host;
	}
}
