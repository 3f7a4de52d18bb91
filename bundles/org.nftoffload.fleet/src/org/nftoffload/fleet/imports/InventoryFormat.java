package org.nftoffload.fleet.imports;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.nftoffload.fleet.imports.Inventory.Location;
import org.nftoffload.fleet.imports.Inventory.Problem;

/** The kinds of host lists the console imports, and reading a file of one of them. */
public enum InventoryFormat {
	/** A header line (name, address, port, user, tags, group), one host per line. */
	CSV,
	/** An Ansible inventory, INI or YAML (told apart by the file name, else by the content). */
	ANSIBLE;

	/** The format a file's name suggests: {@code .csv} is CSV, anything else an Ansible inventory. */
	public static InventoryFormat guess(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : ANSIBLE;
	}

	/** {@code csv} or {@code ansible}, as the CLI's --format takes it. */
	public static InventoryFormat parse(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
		case "csv" -> CSV;
		case "ansible", "ini", "yaml", "yml" -> ANSIBLE;
		default -> throw new IllegalArgumentException("unknown format '" + name + "': use csv or ansible");
		};
	}

	/**
	 * Reads {@code file}. A file that cannot be read at all is one problem on line 1; nothing throws,
	 * so callers show every problem the same way.
	 */
	public Inventory read(Path file) {
		String text;
		try {
			byte[] bytes = Files.readAllBytes(file);
			text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return unreadable(file, "is not UTF-8 text: save it as UTF-8 and import again");
		} catch (IOException e) {
			return unreadable(file, "cannot be read (" + e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : ": " + e.getMessage()) + "): check the path and permissions");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1); // spreadsheets save a byte order mark
		}
		return read(file, text);
	}

	/** Reads {@code text} as the content of {@code file}. */
	public Inventory read(Path file, String text) {
		return switch (this) {
		case CSV -> CsvInventoryReader.read(file, text);
		case ANSIBLE -> isYaml(file, text) ? AnsibleYamlReader.read(file, text) : AnsibleIniReader.read(file, text);
		};
	}

	private static boolean isYaml(Path file, String text) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".yml") || name.endsWith(".yaml")) {
			return true;
		}
		if (name.endsWith(".ini")) {
			return false;
		}
		// no telling extension: YAML inventories start with a document marker or a 'group:' key
		for (String line : text.split("\\R")) {
			String content = line.strip();
			if (content.isEmpty() || content.startsWith("#") || content.startsWith(";")) {
				continue;
			}
			return content.equals("---") || content.matches("[^\\s\\[=]+:\\s*(#.*)?");
		}
		return false;
	}

	private static Inventory unreadable(Path file, String message) {
		return new Inventory(file, List.of(), List.of(), List.of(new Problem(new Location(file, 1), "the file " + message)));
	}
}
