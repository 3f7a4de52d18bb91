package org.nftoffload.fleet.profiles.internal;

import java.util.Collection;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

/**
 * A change and what follows from it, as one command: {@code first} runs, then the follow-up is built
 * from the model as {@code first} left it (the members of a group after a host joined, the values
 * after a group's settings changed) and runs too. Undo takes back both; redo replays both as
 * recorded, which is right because redo starts from the state the first execution started from.
 */
public class FollowUpCommand extends CompoundCommand {

	private final Command first;
	private final Supplier<Command> followUp;

	public FollowUpCommand(Command first, Supplier<Command> followUp) {
		super(first.getLabel(), first.getDescription());
		this.first = first;
		this.followUp = followUp;
		append(first);
	}

	/** For subclasses that override {@link #followUp()}. */
	protected FollowUpCommand(Command first) {
		this(first, () -> null);
	}

	/** Builds the follow-up from the model as the first command left it; null when nothing follows. */
	protected Command followUp() {
		return followUp.get();
	}

	@Override
	public void execute() {
		super.execute();
		Command next = followUp();
		if (next != null) {
			appendAndExecute(next);
		}
	}

	@Override
	public Collection<?> getResult() {
		return first.getResult();
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return first.getAffectedObjects();
	}
}
