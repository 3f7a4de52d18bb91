package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.nftoffload.ui.internal.FleetDocument;

/** File > New Fleet: an empty fleet, after asking about unsaved changes. */
public final class NewFleetHandler {

	@Execute
	void execute(FleetDocument document, SaveFlow saveFlow) {
		if (saveFlow.confirmClose()) {
			document.newFleet("New fleet");
		}
	}
}
