package org.nftoffload.ui.internal.report;

import java.nio.file.Path;

import org.eclipse.swt.program.Program;

/**
 * Opens a written report with the desktop's program for its type. A service in the application
 * context (tests put one of their own there instead of starting a browser).
 */
public interface ReportOpener {

	/** false when no program could be started. */
	boolean open(Path file);

	ReportOpener DESKTOP = file -> Program.launch(file.toAbsolutePath().toString());
}
