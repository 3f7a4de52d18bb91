package org.nftoffload.ui.internal.handlers;

import java.util.Collection;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.nftoffload.ui.internal.parts.FleetNavigatorPart;

/** The navigator as handlers reach it: to select what an action just made. */
final class Navigator {

	private Navigator() {
	}

	static void reveal(EPartService parts, Collection<?> objects) {
		MPart part = parts.findPart(FleetNavigatorPart.ID);
		if (part != null && part.getObject() instanceof FleetNavigatorPart navigator) {
			navigator.reveal(objects);
		}
	}
}
