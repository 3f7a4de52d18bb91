package org.nftoffload.fleet.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nftoffload.fleet.imports.AnsibleInventory.Var;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Ansible's YAML inventory: top-level groups (usually {@code all}), each a mapping with
 * {@code hosts} (names or ranges, each with its vars), {@code vars} and {@code children} (groups
 * of the same shape). Jackson reads the YAML; its token stream is kept with line numbers so that
 * every problem names its line.
 */
final class AnsibleYamlReader {

	private AnsibleYamlReader() {
	}

	/** A YAML value with the line it starts on. */
	private sealed interface Node {
		int line();
	}

	private record Mapping(Map<String, Node> entries, Map<String, Integer> keyLines, int line) implements Node {
	}

	private record Scalar(String text, int line) implements Node {
	}

	private record Sequence(List<Node> items, int line) implements Node {
	}

	private record Empty(int line) implements Node {
	}

	static Inventory read(Path file, String text) {
		AnsibleInventory inventory = new AnsibleInventory(file);
		Node root;
		try (JsonParser parser = new YAMLFactory().createParser(text)) {
			JsonToken first = parser.nextToken();
			root = first == null ? new Empty(1) : node(parser);
		} catch (JsonProcessingException e) {
			JsonLocation where = e.getLocation();
			inventory.problem(where == null ? 1 : Math.max(1, where.getLineNr()),
					"not valid YAML: " + e.getOriginalMessage() + ". Fix the indentation or quoting there");
			return inventory.build();
		} catch (IOException e) {
			inventory.problem(1, "cannot be read as YAML: " + e.getMessage());
			return inventory.build();
		}
		if (!(root instanceof Mapping top)) {
			inventory.problem(root.line(), "a YAML inventory is a mapping of groups, e.g. 'all:' with 'hosts:' and 'children:' below it");
			return inventory.build();
		}
		top.entries().forEach((name, group) -> group(inventory, name, top.keyLines().get(name), group, null));
		return inventory.build();
	}

	private static void group(AnsibleInventory inventory, String name, int line, Node node, String parent) {
		inventory.group(name, inventory.at(line));
		if (parent != null) {
			inventory.group(parent, null).children.add(name);
		}
		if (node instanceof Empty) {
			return;
		}
		if (!(node instanceof Mapping group)) {
			inventory.problem(node.line(), "group " + name + " must be a mapping with hosts:, vars: or children:, not a "
					+ kind(node));
			return;
		}
		group.entries().forEach((key, value) -> {
			int keyLine = group.keyLines().get(key);
			switch (key) {
			case "hosts" -> hosts(inventory, name, value);
			case "vars" -> vars(inventory, value, "group " + name).forEach((k, v) -> inventory.group(name, null).vars.put(k, v));
			case "children" -> {
				if (value instanceof Mapping children) {
					children.entries().forEach((child, childNode) -> group(inventory, child, children.keyLines().get(child), childNode, name));
				} else if (!(value instanceof Empty)) {
					inventory.problem(value.line(), "children of group " + name + " must be a mapping of group names, not a " + kind(value));
				}
			}
			default -> inventory.problem(keyLine, "group " + name + " has '" + key
					+ ":', which Ansible does not know: use hosts:, vars: or children: (is the indentation right?)");
			}
		});
	}

	private static void hosts(AnsibleInventory inventory, String group, Node node) {
		if (node instanceof Empty) {
			return;
		}
		if (!(node instanceof Mapping hosts)) {
			inventory.problem(node.line(), "hosts of group " + group + " must be a mapping of host names (each followed by ':'), not a "
					+ kind(node));
			return;
		}
		hosts.entries().forEach((pattern, varsNode) -> {
			int line = hosts.keyLines().get(pattern);
			Map<String, Var> vars = vars(inventory, varsNode, "host " + pattern);
			String name = pattern;
			int colon = HostRanges.portColon(pattern);
			if (colon > 0) {
				vars.putIfAbsent("ansible_port", new Var(pattern.substring(colon + 1), inventory.at(line)));
				name = pattern.substring(0, colon);
			}
			try {
				for (String host : HostRanges.expand(name)) {
					inventory.host(group, host, vars, inventory.at(line));
				}
			} catch (HostRanges.BadRange e) {
				inventory.problem(line, "host range: " + e.getMessage());
			}
		});
	}

	private static Map<String, Var> vars(AnsibleInventory inventory, Node node, String owner) {
		Map<String, Var> vars = new LinkedHashMap<>();
		if (node instanceof Empty) {
			return vars;
		}
		if (!(node instanceof Mapping mapping)) {
			inventory.problem(node.line(), "the vars of " + owner + " must be a mapping (key: value), not a " + kind(node));
			return vars;
		}
		mapping.entries().forEach((key, value) -> {
			if (value instanceof Scalar scalar) {
				vars.put(key, new Var(scalar.text(), inventory.at(scalar.line())));
			} else if (key.startsWith("ansible_")) {
				inventory.problem(value.line(), owner + ": " + key + " must be a single value, not a " + kind(value));
			}
			// other structured vars are Ansible's business, not the console's
		});
		return vars;
	}

	private static String kind(Node node) {
		return switch (node) {
		case Mapping m -> "mapping";
		case Sequence s -> "list";
		case Scalar s -> "plain value ('" + s.text() + "')";
		case Empty e -> "empty value";
		};
	}

	/** The value at the parser's current token, and everything below it. */
	private static Node node(JsonParser parser) throws IOException {
		int line = line(parser);
		JsonToken token = parser.currentToken();
		switch (token) {
		case START_OBJECT -> {
			Map<String, Node> entries = new LinkedHashMap<>();
			Map<String, Integer> keyLines = new LinkedHashMap<>();
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String key = parser.currentName();
				int keyLine = line(parser);
				parser.nextToken();
				entries.put(key, node(parser));
				keyLines.put(key, keyLine);
			}
			return new Mapping(entries, keyLines, line);
		}
		case START_ARRAY -> {
			List<Node> items = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				items.add(node(parser));
			}
			return new Sequence(items, line);
		}
		case VALUE_NULL -> {
			return new Empty(line);
		}
		default -> {
			return new Scalar(parser.getText(), line);
		}
		}
	}

	private static int line(JsonParser parser) {
		return Math.max(1, parser.currentTokenLocation().getLineNr());
	}
}
