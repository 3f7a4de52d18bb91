package org.nftoffload.fleet.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.nftoffload.fleet.imports.Inventory.InventoryGroup;
import org.nftoffload.fleet.imports.Inventory.InventoryHost;
import org.nftoffload.fleet.imports.Inventory.Location;
import org.nftoffload.fleet.imports.Inventory.Problem;

/**
 * Hosts from a spreadsheet: a header line naming the columns (name, and any of address, port, user,
 * tags, group, in any order and case), then one host per line. {@code tags} and {@code group} hold
 * several values separated by {@code ;} or blanks. Lines starting with {@code #} are comments.
 * commons-csv reads the CSV (quotes, embedded commas and line breaks).
 */
final class CsvInventoryReader {

	static final List<String> COLUMNS = List.of("name", "address", "port", "user", "tags", "group");

	private CsvInventoryReader() {
	}

	static Inventory read(Path file, String text) {
		List<Problem> problems = new ArrayList<>();
		List<InventoryHost> hosts = new ArrayList<>();
		Map<String, InventoryGroup> groups = new LinkedHashMap<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
				.setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
		int[] lineStarts = lineStarts(text);
		try (CSVParser parser = format.parse(new StringReader(text))) {
			Map<String, String> columns = new HashMap<>();
			int headerLine = firstContentLine(text);
			for (String header : parser.getHeaderNames()) {
				String column = header.strip().toLowerCase(Locale.ROOT);
				if (!COLUMNS.contains(column)) {
					problems.add(new Problem(new Location(file, headerLine), "unknown column '" + header + "': the columns are "
							+ String.join(", ", COLUMNS) + " (name is required)"));
				} else {
					columns.put(column, header);
				}
			}
			if (!columns.containsKey("name")) {
				problems.add(new Problem(new Location(file, headerLine),
						"the first line must name the columns, with at least 'name' (e.g. name,address,port,user,tags,group)"));
				return new Inventory(file, List.of(), List.of(), problems);
			}
			Map<String, Location> seen = new HashMap<>();
			for (CSVRecord record : parser) {
				Location at = new Location(file, lineOf(lineStarts, record.getCharacterPosition()));
				row(record, columns, parser.getHeaderNames().size(), at, seen, hosts, groups, problems);
			}
		} catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
			String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			problems.add(new Problem(new Location(file, lineNumberIn(message)), "not readable as CSV: " + message
					+ ". Check the quotes on that line"));
		}
		return new Inventory(file, problems.isEmpty() ? hosts : List.of(), problems.isEmpty() ? List.copyOf(groups.values()) : List.of(),
				problems);
	}

	private static void row(CSVRecord record, Map<String, String> columns, int headerCount, Location at, Map<String, Location> seen,
			List<InventoryHost> hosts, Map<String, InventoryGroup> groups, List<Problem> problems) {
		int before = problems.size();
		String name = value(record, columns, "name");
		if (name == null) {
			problems.add(new Problem(at, "no host name: fill in the name column, or delete the line"));
			return;
		}
		check(problems, at, InventoryValues.checkName("host", name));
		if (seen.containsKey(name)) {
			problems.add(new Problem(at, "host " + name + " is already on line " + seen.get(name).line() + ": keep one of the two lines"));
		}
		seen.putIfAbsent(name, at);
		String address = value(record, columns, "address");
		if (address != null) {
			check(problems, at, InventoryValues.checkAddress(address));
		}
		Integer port = null;
		String portText = value(record, columns, "port");
		if (portText != null) {
			String[] problem = new String[1];
			port = InventoryValues.port(portText, problem);
			check(problems, at, problem[0]);
		}
		String user = value(record, columns, "user");
		if (user != null) {
			check(problems, at, InventoryValues.checkUser(user));
		}
		List<String> tags = list(record, columns, "tags");
		tags.forEach(tag -> check(problems, at, InventoryValues.checkTag(tag)));
		List<String> memberOf = list(record, columns, "group");
		memberOf.forEach(group -> check(problems, at, InventoryValues.checkName("group", group)));
		if (record.size() > headerCount) {
			problems.add(new Problem(at, "the line has " + record.size() + " values but the header names " + headerCount
					+ " columns: quote values that contain commas"));
		}
		if (problems.size() == before) {
			hosts.add(new InventoryHost(name, address, port, user, tags, memberOf, at));
			memberOf.forEach(group -> groups.putIfAbsent(group, new InventoryGroup(group, List.of(), at)));
		}
	}

	private static void check(List<Problem> problems, Location at, String problem) {
		if (problem != null) {
			problems.add(new Problem(at, problem));
		}
	}

	private static String value(CSVRecord record, Map<String, String> columns, String column) {
		String header = columns.get(column);
		if (header == null || !record.isSet(header)) {
			return null;
		}
		String value = record.get(header).strip();
		return value.isEmpty() ? null : value;
	}

	private static List<String> list(CSVRecord record, Map<String, String> columns, String column) {
		String value = value(record, columns, column);
		return value == null ? List.of() : Arrays.stream(value.split("[;\\s]+")).filter(s -> !s.isEmpty()).distinct().toList();
	}

	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>(List.of(0));
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	private static int lineOf(int[] lineStarts, long position) {
		int index = Arrays.binarySearch(lineStarts, (int) position);
		return (index >= 0 ? index : -index - 2) + 1;
	}

	private static int firstContentLine(String text) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].isBlank() && !lines[i].stripLeading().startsWith("#")) {
				return i + 1;
			}
		}
		return 1;
	}

	private static int lineNumberIn(String message) {
		java.util.regex.Matcher line = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
		return line.find() ? Integer.parseInt(line.group(1)) : 1;
	}
}
