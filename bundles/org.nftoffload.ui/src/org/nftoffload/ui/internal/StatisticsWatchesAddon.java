package org.nftoffload.ui.internal;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;

import jakarta.annotation.PostConstruct;

/**
 * Makes the workbench's {@link StatisticsWatches} in the application's context before any part is
 * rendered. A {@code @Creatable @Singleton} belongs to the context that first asks for it: made by
 * a part (the Fleet Dashboard, the Offload Statistics view), it was disposed with that part, and
 * closing the part stopped every watch and the watches' following of the open fleet.
 */
public final class StatisticsWatchesAddon {

	@PostConstruct
	void ownTheWatches(MApplication application) {
		IEclipseContext context = application.getContext();
		context.set(StatisticsWatches.class, ContextInjectionFactory.make(StatisticsWatches.class, context));
	}
}
