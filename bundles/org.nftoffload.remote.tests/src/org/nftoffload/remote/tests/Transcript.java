package org.nftoffload.remote.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashMap;

import org.nftoffload.remote.agent.AgentRequest;

/** A shared transcript of {@code docs/agent-transcripts/}: requests, each with the lines that followed it. */
record Transcript(String name, List<Exchange> exchanges) {

	record Exchange(String requestLine, List<String> answerLines) {
		String id() {
			return requestLine.split(" ", -1)[0];
		}
	}

	static Path directory() {
		String repo = System.getProperty("nfto.repo");
		if (repo == null) {
			throw new IllegalStateException("system property nfto.repo (the repository root) is not set");
		}
		return Path.of(repo, "docs", "agent-transcripts");
	}

	static Transcript read(Path file) throws IOException {
		List<Exchange> exchanges = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.startsWith("> ")) {
				exchanges.add(new Exchange(line.substring(2), new ArrayList<>()));
			} else if (line.startsWith("< ")) {
				exchanges.get(exchanges.size() - 1).answerLines().add(line.substring(2));
			}
		}
		return new Transcript(file.getFileName().toString(), exchanges);
	}

	/**
	 * Builds the typed request a caller of the client would build for this line, or throws
	 * IllegalArgumentException where the client refuses (the way the console can never send it).
	 */
	static AgentRequest typed(String line) {
		String[] words = line.split(" ", -1);
		if (words.length < 2) {
			throw new IllegalArgumentException("no command");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (int i = 2; i < words.length; i++) {
			int eq = words[i].indexOf('=');
			if (eq <= 0) {
				throw new IllegalArgumentException("field without '=': '" + words[i] + "'");
			}
			String key = words[i].substring(0, eq);
			if (!seen.add(key)) {
				throw new IllegalArgumentException("field '" + key + "' twice");
			}
			fields.put(key, words[i].substring(eq + 1));
		}
		Set<String> known = switch (words[1]) {
		case "hello" -> Set.of();
		case "confirm", "rollback" -> Set.of("generation");
		case "probe" -> Set.of("hw");
		case "ruleset.get" -> Set.of("format", "family", "table");
		case "apply" -> Set.of("ruleset", "family", "table", "timeout");
		case "stats.stream" -> Set.of("interval", "count", "devices", "family", "table", "source");
		case "stop" -> Set.of("target");
		case "sysctl.set" -> Set.of("name", "value", "persist");
		case "ruleset.persist" -> Set.of("enable", "generation");
		default -> throw new IllegalArgumentException("unknown command " + words[1]);
		};
		for (String key : fields.keySet()) {
			if (!known.contains(key)) {
				throw new IllegalArgumentException(words[1] + " takes no field '" + key + "'");
			}
		}
		return switch (words[1]) {
		case "hello" -> new AgentRequest.Hello();
		case "confirm" -> new AgentRequest.Confirm(fields.get("generation"));
		case "rollback" -> new AgentRequest.Rollback(fields.get("generation"));
		case "probe" -> new AgentRequest.Probe(yesNo(fields.get("hw")));
		case "ruleset.get" -> new AgentRequest.RulesetGet(fields.get("format"), fields.get("family"), fields.get("table"));
		case "apply" -> new AgentRequest.Apply(decode(fields.get("ruleset")), fields.get("family"), fields.get("table"),
				integer(fields.get("timeout")));
		case "stats.stream" -> new AgentRequest.StatsStream(integer(fields.get("interval")), integer(fields.get("count")),
				fields.get("devices") == null ? null : List.of(fields.get("devices").split(",", -1)), fields.get("family"),
				fields.get("table"), fields.get("source"));
		case "stop" -> new AgentRequest.Stop(fields.get("target"));
		case "sysctl.set" -> new AgentRequest.SysctlSet(fields.get("name"), Long.parseLong(fields.get("value")),
				yesNo(fields.get("persist")));
		case "ruleset.persist" -> {
			Boolean enable = yesNo(fields.get("enable"));
			if (enable == null) {
				throw new IllegalArgumentException("ruleset.persist needs enable=");
			}
			yield new AgentRequest.RulesetPersist(enable, fields.get("generation"));
		}
		default -> throw new IllegalArgumentException("unknown command " + words[1]);
		};
	}

	private static String decode(String base64) {
		if (base64 == null) {
			return null;
		}
		return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
	}

	private static Integer integer(String value) {
		return value == null ? null : Integer.valueOf(value);
	}

	private static Boolean yesNo(String value) {
		if (value == null) {
			return null;
		}
		return switch (value) {
		case "yes" -> true;
		case "no" -> false;
		default -> throw new IllegalArgumentException("yes or no, not " + value);
		};
	}
}
