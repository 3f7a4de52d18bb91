package org.nftoffload.remote.agent;

/** The agent said something this client cannot read (malformed line, wrong protocol version). */
public class AgentProtocolException extends Exception {

	private static final long serialVersionUID = 1L;

	public AgentProtocolException(String message) {
		super(message);
	}

	public AgentProtocolException(String message, Throwable cause) {
		super(message, cause);
	}
}
