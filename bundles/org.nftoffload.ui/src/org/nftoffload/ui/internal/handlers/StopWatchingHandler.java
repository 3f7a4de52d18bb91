package org.nftoffload.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.nftoffload.ui.internal.StatisticsWatches;

/** Fleet > Stop Watching: ends every statistics stream; the rows and their history go. */
public final class StopWatchingHandler {

	@CanExecute
	boolean canExecute(StatisticsWatches watches) {
		return watches.isWatching();
	}

	@Execute
	void execute(StatisticsWatches watches) {
		watches.stop(null);
	}
}
