package org.nftoffload.ui.internal.editors;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a text field shows a model value and reads it back. {@link #parse} throws
 * {@link IllegalArgumentException} with a message for the engineer (it becomes the field's error
 * decoration, and nothing is written to the model).
 */
public record TextCodec(Function<Object, String> show, Function<String, Object> parse) {

	/** Text as typed; blanks around it dropped. */
	public static final TextCodec TRIMMED = new TextCodec(v -> v == null ? "" : v.toString(), String::trim);
	/** Text exactly as typed (notes, descriptions). */
	public static final TextCodec VERBATIM = new TextCodec(v -> v == null ? "" : v.toString(), s -> s);
	/** A comma-separated list of words (tags, roles, prefixes); empty entries and repeats dropped. */
	public static final TextCodec WORDS = new TextCodec(
			v -> v == null ? "" : String.join(", ", ((Collection<?>) v).stream().map(Objects::toString).toList()),
			TextCodec::words);

	/** The text of {@code value} as this field shows it. */
	public String text(Object value) {
		return show.apply(value);
	}

	static List<String> words(String text) {
		return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
	}

	/** A whole number from {@code min} to {@code max}; {@code what} names it in the error. */
	public static TextCodec integer(String what, long min, long max) {
		return new TextCodec(v -> v == null ? "" : v.toString(), s -> {
			try {
				long value = Long.parseLong(s.trim());
				if (value >= min && value <= max) {
					return (int) value;
				}
			} catch (NumberFormatException e) {
				// reported below, with the range
			}
			throw new IllegalArgumentException(what + " must be a whole number from " + min + " to " + max + ".");
		});
	}

	/** Like {@link #integer}, but empty text means "not set" (null). */
	public static TextCodec optionalInteger(String what, long min, long max, String emptyMeans) {
		TextCodec number = integer(what, min, max);
		return new TextCodec(number.show, s -> {
			if (s.isBlank()) {
				return null;
			}
			try {
				return number.parse.apply(s);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(e.getMessage().replaceFirst("\\.$", "") + ", or empty to " + emptyMeans + ".");
			}
		});
	}
}
