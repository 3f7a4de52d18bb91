package org.nftoffload.report;

import java.nio.file.Path;
import java.util.List;

import org.nftoffload.fleet.HostSelection;
import org.nftoffload.fleet.UnknownTargetException;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;

/**
 * Which hosts a report covers: a {@link HostSelection} of the fleet layer (the whole fleet, hosts by
 * name, a group with its subgroups, a tag, or several), so that reports select exactly the hosts the
 * CLI's --hosts/--group/--tag and the workbench select; {@code fromSelection} says the names came
 * from the workbench's selection. {@link #select} fails naming what is unknown, so a typo never
 * yields an empty report that looks clean.
 */
public record ReportScope(HostSelection selection, boolean fromSelection) {

	public static ReportScope of(HostSelection selection) {
		return new ReportScope(selection, false);
	}

	public static ReportScope fleet() {
		return of(HostSelection.all());
	}

	public static ReportScope hosts(List<String> names) {
		return of(HostSelection.hosts(names));
	}

	public static ReportScope selection(List<String> names) {
		return new ReportScope(HostSelection.hosts(names), true);
	}

	public static ReportScope group(String name) {
		return of(HostSelection.group(name));
	}

	public static ReportScope tag(String tag) {
		return of(HostSelection.tag(tag));
	}

	/** The hosts of {@code fleet} in scope. */
	public List<Host> select(Fleet fleet) throws ReportException {
		return select(fleet, null);
	}

	/** The hosts of {@code fleet} (read from {@code file}, for the message; may be null) in scope. */
	public List<Host> select(Fleet fleet, Path file) throws ReportException {
		try {
			return selection.resolve(fleet, file);
		} catch (UnknownTargetException e) {
			throw new ReportException(e.getMessage(), e);
		}
	}

	/** The filter line of the report header. */
	public String describe(int selected, int total) {
		String hosts = total + " host" + (total == 1 ? "" : "s");
		if (selection instanceof HostSelection.All) {
			return "whole fleet: " + hosts;
		}
		return (fromSelection ? "selected " : "") + selection.describe() + ": " + selected + " of " + hosts;
	}
}
