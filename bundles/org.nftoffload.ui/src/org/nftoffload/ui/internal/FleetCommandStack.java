package org.nftoffload.ui.internal;

import org.eclipse.emf.common.command.BasicCommandStack;

/**
 * The command stack of the open fleet. Saving runs in a background job on a copy of the fleet; if the
 * engineer edits while it runs, the save point must be the position the copy was taken at, not the
 * top of the stack when the job ends. {@link BasicCommandStack} can only mark the current top.
 */
final class FleetCommandStack extends BasicCommandStack {

	/** The position of the top of the stack, to be handed back to {@link #saveIsDoneAt(int)}. */
	int position() {
		return top;
	}

	void saveIsDoneAt(int position) {
		saveIndex = position;
		notifyListeners();
	}
}
