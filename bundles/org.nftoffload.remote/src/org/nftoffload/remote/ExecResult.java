package org.nftoffload.remote;

/** What a remote command left behind. */
public record ExecResult(int exitStatus, String stdout, String stderr) {

	public boolean ok() {
		return exitStatus == 0;
	}
}
