package org.nftoffload.report;

/** A report could not be made: the message names the file, host or option and what to do. */
public class ReportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReportException(String message) {
		super(message);
	}

	public ReportException(String message, Throwable cause) {
		super(message, cause);
	}
}
