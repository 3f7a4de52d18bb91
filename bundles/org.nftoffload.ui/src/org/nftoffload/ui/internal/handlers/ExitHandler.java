package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File > Exit: asks about unsaved changes, then closes the workbench. */
public final class ExitHandler {

	@Execute
	void execute(IWorkbench workbench, SaveFlow saveFlow) {
		if (saveFlow.confirmClose()) {
			workbench.close();
		}
	}
}
