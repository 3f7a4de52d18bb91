package org.nftoffload.fleet.ops;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.nftoffload.model.ApplyStatus;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelPackage.Literals;

/**
 * Writes how Apply or Rollback ended on each host into the model (lastApplyStatus, lastApplyTime,
 * lastApplyMessage, and the apply's lastApplyGeneration) as one undoable command, so that the fleet table and reports can say which
 * hosts run what was applied. The workbench executes it on the UI thread when the operation ends;
 * the CLI executes it directly and saves the fleet file, as with probe results.
 */
public final class ApplyResultsCommand {

	/** What the results come from: they mean different things for the host's last apply. */
	public enum Operation {
		/** Apply (plan, apply, confirm or roll back): every result is how that host's apply ended. */
		APPLY,
		/**
		 * Rollback of a pending apply: success means the previous table is back; "nothing pending"
		 * changes nothing; a failed rollback leaves the status and says why.
		 */
		ROLLBACK
	}

	private ApplyResultsCommand() {
	}

	/**
	 * One command for the {@code results} of {@code hosts} (matched by name; results of hosts not in
	 * the list are ignored), all stamped with {@code when}. Unexecutable when nothing would change.
	 */
	public static Command create(EditingDomain domain, Operation operation, List<Host> hosts, List<HostResult> results,
			Date when) {
		Map<String, Host> byName = new HashMap<>();
		for (Host host : hosts) {
			byName.putIfAbsent(host.getName(), host);
		}
		CompoundCommand all = new CompoundCommand((operation == Operation.APPLY ? "Record apply results of " : "Record rollback of ")
				+ results.size() + " host(s)");
		for (HostResult result : results) {
			Host host = byName.get(result.host());
			if (host == null) {
				continue;
			}
			if (operation == Operation.ROLLBACK && result.status() == HostResult.Status.SKIPPED) {
				continue; // nothing was pending: the host's last apply stands
			}
			ApplyStatus status = status(operation, result);
			if (status != null) {
				// a rollback that failed ended nothing: the apply still waits, only the message is news
				all.append(SetCommand.create(domain, host, Literals.HOST__LAST_APPLY_STATUS, status));
				all.append(SetCommand.create(domain, host, Literals.HOST__LAST_APPLY_TIME, when));
			}
			all.append(SetCommand.create(domain, host, Literals.HOST__LAST_APPLY_MESSAGE, message(operation, result)));
			Object generation = result.details().get("generation");
			if (operation == Operation.APPLY && generation != null) {
				// what a later confirm or rollback must name (the agent refuses any other)
				all.append(SetCommand.create(domain, host, Literals.HOST__LAST_APPLY_GENERATION, generation.toString()));
			}
		}
		return all.isEmpty() ? UnexecutableCommand.INSTANCE : all;
	}

	/** The status a result gives the host's last apply; null leaves it as it is. */
	static ApplyStatus status(Operation operation, HostResult result) {
		if (operation == Operation.ROLLBACK) {
			return result.status() == HostResult.Status.SUCCESS || result.status() == HostResult.Status.ROLLED_BACK
					? ApplyStatus.ROLLED_BACK
					: null;
		}
		return switch (result.status()) {
		case SUCCESS -> ApplyStatus.APPLIED;
		case PENDING -> ApplyStatus.PENDING;
		case FAILED -> ApplyStatus.FAILED;
		case ROLLED_BACK -> ApplyStatus.ROLLED_BACK;
		case SKIPPED -> ApplyStatus.SKIPPED;
		};
	}

	private static String message(Operation operation, HostResult result) {
		String reason = result.reason() == null ? "" : result.reason();
		if (operation == Operation.ROLLBACK && result.status() == HostResult.Status.FAILED) {
			return "rollback failed: " + reason;
		}
		return reason;
	}

	/**
	 * Executes the command on a command stack of its own (the CLI, which has no workbench editing
	 * domain); returns whether anything changed.
	 */
	public static boolean executeDirectly(Operation operation, List<Host> hosts, List<HostResult> results) {
		EditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		Command command = create(domain, operation, hosts, results, new Date());
		if (!command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}
}
