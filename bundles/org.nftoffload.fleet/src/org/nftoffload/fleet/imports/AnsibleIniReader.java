package org.nftoffload.fleet.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nftoffload.fleet.imports.AnsibleInventory.Var;

/**
 * Ansible's INI inventory format, which no Java library knows:
 * <ul>
 * <li>{@code [g]} lists hosts, {@code [g:children]} subgroups, {@code [g:vars]} {@code key=value}
 * lines; lines before the first section are ungrouped hosts; {@code [all:vars]} applies to all;
 * <li>a host line is a name or range ({@code edge-[01:03]}, optionally {@code name:port}) and
 * {@code key=value} words, split like a shell line (quotes group, a {@code #} that starts a word
 * begins a comment);
 * <li>lines starting with {@code #} or {@code ;} are comments, and so is the end of a section,
 * children or vars line from a {@code #} after a space.
 * </ul>
 * Every line that breaks a rule becomes a problem naming the line and what to write instead; the
 * rest of the file is still read, so that all problems are reported at once.
 */
final class AnsibleIniReader {

	private static final Pattern SECTION = Pattern.compile("\\[([^:\\]\\s]+)(?::(\\w+))?\\]\\s*(#.*)?");
	private static final Pattern GROUP_LINE = Pattern.compile("([^:\\]\\s#]+)\\s*(#.*)?");

	private AnsibleIniReader() {
	}

	private record Pending(String kind, String group, String parent, int line) {
	}

	static Inventory read(Path file, String text) {
		AnsibleInventory inventory = new AnsibleInventory(file);
		String group = AnsibleInventory.UNGROUPED;
		String state = "hosts";
		List<Pending> pending = new ArrayList<>();
		String[] lines = text.split("\\R", -1);
		for (int index = 0; index < lines.length; index++) {
			int number = index + 1;
			String line = lines[index].strip();
			if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
				continue;
			}
			if (line.startsWith("[")) {
				Matcher section = SECTION.matcher(line);
				if (!section.matches()) {
					if (line.startsWith("[") && line.contains("]") && !line.substring(1).contains("[")) {
						inventory.problem(number, "invalid section '" + line
								+ "': write [group], [group:children] or [group:vars], without spaces inside the brackets");
						state = "skip";
						continue;
					}
				} else {
					group = section.group(1);
					state = section.group(2) == null ? "hosts" : section.group(2);
					if (!List.of("hosts", "children", "vars").contains(state)) {
						inventory.problem(number, "section [" + group + ":" + state + "] has an unknown type '" + state
								+ "': use [" + group + "], [" + group + ":children] or [" + group + ":vars]");
						state = "skip";
						continue;
					}
					if (state.equals("vars")) {
						inventory.group(group, null);
						pending.add(new Pending("vars", group, null, number));
					} else {
						inventory.group(group, inventory.at(number));
					}
					continue;
				}
			}
			switch (state) {
			case "hosts" -> hostLine(inventory, group, line, number);
			case "vars" -> varLine(inventory, group, line, number);
			case "children" -> {
				Matcher child = GROUP_LINE.matcher(line);
				if (!child.matches()) {
					inventory.problem(number, "expected one group name in [" + group + ":children], got '" + line + "'");
				} else {
					inventory.group(group, null).children.add(child.group(1));
					pending.add(new Pending("children", child.group(1), group, number));
				}
			}
			default -> {
				// lines of a section already reported as invalid
			}
			}
		}
		for (Pending declaration : pending) {
			AnsibleInventory.Group declared = inventory.groups.get(declaration.group());
			boolean known = AnsibleInventory.isImplicit(declaration.group()) || declared != null && declared.declared != null;
			if (known) {
				continue;
			}
			if (declaration.kind().equals("vars")) {
				inventory.problem(declaration.line(), "section [" + declaration.group() + ":vars] is for a group that is never declared: add ["
						+ declaration.group() + "] with its hosts, or list it under some [parent:children]");
			} else {
				inventory.problem(declaration.line(), "[" + declaration.parent() + ":children] names group '" + declaration.group()
						+ "', which is never declared: add a [" + declaration.group() + "] section with its hosts");
			}
		}
		return inventory.build();
	}

	private static void hostLine(AnsibleInventory inventory, String group, String line, int number) {
		List<String> words;
		try {
			words = shellWords(line);
		} catch (IllegalArgumentException e) {
			inventory.problem(number, e.getMessage());
			return;
		}
		if (words.isEmpty()) {
			return;
		}
		String pattern = words.get(0);
		Map<String, Var> vars = new LinkedHashMap<>();
		for (String word : words.subList(1, words.size())) {
			int equals = word.indexOf('=');
			if (equals <= 0) {
				inventory.problem(number, "expected key=value after the host, got '" + word + "': write e.g. ansible_host=192.0.2.1");
				return;
			}
			vars.put(word.substring(0, equals), new Var(word.substring(equals + 1), inventory.at(number)));
		}
		// name:port, as Ansible allows
		int colon = HostRanges.portColon(pattern);
		if (colon > 0) {
			String port = pattern.substring(colon + 1);
			if (port.isEmpty()) {
				inventory.problem(number, "host '" + pattern + "' ends in ':': give the port after it or remove the ':'");
				return;
			}
			vars.putIfAbsent("ansible_port", new Var(port, inventory.at(number)));
			pattern = pattern.substring(0, colon);
		}
		if (pattern.equals("---")) {
			inventory.problem(number, "'---' starts a YAML document: import this file as a YAML inventory (name it .yml)");
			return;
		}
		List<String> names;
		try {
			names = HostRanges.expand(pattern);
		} catch (HostRanges.BadRange e) {
			inventory.problem(number, "host range: " + e.getMessage());
			return;
		}
		for (String name : names) {
			inventory.host(group, name, vars, inventory.at(number));
		}
	}

	private static void varLine(AnsibleInventory inventory, String group, String line, int number) {
		int equals = line.indexOf('=');
		if (equals <= 0) {
			inventory.problem(number, "expected key=value in [" + group + ":vars], got '" + line + "'");
			return;
		}
		String key = line.substring(0, equals).strip();
		String value = value(line.substring(equals + 1).strip());
		inventory.group(group, null).vars.put(key, new Var(value, inventory.at(number)));
	}

	/** A vars value: quotes removed, and an unquoted {@code #} after a space starts a comment. */
	static String value(String raw) {
		if (raw.length() >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'')) {
			int close = raw.indexOf(raw.charAt(0), 1);
			if (close > 0 && raw.substring(close + 1).strip().matches("(#.*)?")) {
				return raw.substring(1, close);
			}
		}
		Matcher comment = Pattern.compile("\\s#").matcher(raw);
		return comment.find() ? raw.substring(0, comment.start()).strip() : raw;
	}

	/**
	 * Splits a line into words like a POSIX shell (and Python's shlex with comments): blanks separate,
	 * single quotes keep everything, double quotes keep all but a backslash-escaped quote or
	 * backslash, a backslash outside quotes escapes the next character, and a {@code #} at the start
	 * of a word comments out the rest.
	 */
	static List<String> shellWords(String line) {
		List<String> words = new ArrayList<>();
		StringBuilder word = null;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (Character.isWhitespace(c)) {
				if (word != null) {
					words.add(word.toString());
					word = null;
				}
				continue;
			}
			if (c == '#' && word == null) {
				break;
			}
			if (word == null) {
				word = new StringBuilder();
			}
			if (c == '\'') {
				int close = line.indexOf('\'', i + 1);
				if (close < 0) {
					throw new IllegalArgumentException("a ' quote is never closed: close it, or remove it");
				}
				word.append(line, i + 1, close);
				i = close;
			} else if (c == '"') {
				int j = i + 1;
				for (; j < line.length() && line.charAt(j) != '"'; j++) {
					if (line.charAt(j) == '\\' && j + 1 < line.length() && "\"\\".indexOf(line.charAt(j + 1)) >= 0) {
						j++;
					}
					word.append(line.charAt(j));
				}
				if (j >= line.length()) {
					throw new IllegalArgumentException("a \" quote is never closed: close it, or remove it");
				}
				i = j;
			} else if (c == '\\' && i + 1 < line.length()) {
				word.append(line.charAt(++i));
			} else {
				word.append(c);
			}
		}
		if (word != null) {
			words.add(word.toString());
		}
		return words;
	}
}
