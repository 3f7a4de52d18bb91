package org.nftoffload.fleet;

import java.nio.file.Path;
import java.util.List;

/**
 * A host selection names a host, group or tag the fleet does not have. The message names the fleet
 * file, the unknown name and what the fleet has of that kind.
 */
public final class UnknownTargetException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String kind;
	private final String name;
	private final List<String> known;

	public UnknownTargetException(Path file, String kind, String name, List<String> known) {
		super((file == null ? "" : file + ": ") + message(kind, name, known));
		this.kind = kind;
		this.name = name;
		this.known = List.copyOf(known);
	}

	private static String message(String kind, String name, List<String> known) {
		if (kind.equals("tag")) {
			return "no host has the tag '" + name + "'; " + (known.isEmpty() ? "no host has any tag" : "tags: " + known);
		}
		return "no " + kind + " named '" + name + "'; " + (known.isEmpty() ? "the fleet has no " + kind + "s" : kind + "s: " + known);
	}

	/** {@code host}, {@code group} or {@code tag}. */
	public String kind() {
		return kind;
	}

	public String name() {
		return name;
	}

	/** The names of that kind that the fleet has. */
	public List<String> known() {
		return known;
	}
}
