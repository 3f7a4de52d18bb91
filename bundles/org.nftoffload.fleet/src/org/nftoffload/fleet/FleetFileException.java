package org.nftoffload.fleet;

import java.nio.file.Path;

/**
 * A fleet file that could not be read or written. The message always names the file and says
 * what to do, so that the workbench and the CLI can show it as it is.
 */
public final class FleetFileException extends Exception {

	private static final long serialVersionUID = 1L;

	/** What went wrong, for callers that react differently (the CLI maps all of them to exit 2). */
	public enum Problem {
		NOT_FOUND, UNREADABLE, EMPTY, NOT_XML, NOT_A_FLEET, UNWRITABLE,
		/** Another program changed the file since it was read here; nothing was written. */
		CHANGED_ON_DISK
	}

	private final Path file;
	private final Problem problem;

	public FleetFileException(Path file, Problem problem, String detail, Throwable cause) {
		super(file + ": " + detail, cause);
		this.file = file;
		this.problem = problem;
	}

	public Path file() {
		return file;
	}

	public Problem problem() {
		return problem;
	}
}
