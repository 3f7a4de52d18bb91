package org.nftoffload.remote.agent;

import org.nftoffload.remote.agent.AgentMessage.Response;

/** The agent answered a request with {@code ok:false}; {@link #code()} is the protocol's stable code. */
public class AgentException extends Exception {

	private static final long serialVersionUID = 1L;
	private final transient Response response;

	public AgentException(Response response) {
		super(response.message() + (response.stderr().isEmpty() ? "" : " (" + response.stderr() + ")"));
		this.response = response;
	}

	public String code() {
		return response.code();
	}

	public Response response() {
		return response;
	}
}
