package org.nftoffload.nft.internal;

import java.util.ArrayList;
import java.util.List;

import org.nftoffload.nft.NftParseException;

/**
 * Splits nft text (list output or an {@code nft -f} script) into tokens with line and column.
 * Words are runs of anything that is not blank, punctuation or a quote, so that addresses
 * ({@code 2001:db8::/32}), hex marks and names with dots or dashes stay one token.
 */
public final class NftTokenizer {

	public enum Kind {
		WORD, STRING, PUNCT, NEWLINE, END
	}

	/** A token; for STRING {@code text} is the content without quotes. */
	public record Token(Kind kind, String text, int line, int column) {
		public boolean is(String word) {
			return (kind == Kind.WORD || kind == Kind.PUNCT) && text.equals(word);
		}

		/** The token as it would appear in nft text. */
		public String display() {
			return switch (kind) {
			case STRING -> '"' + text + '"';
			case NEWLINE -> "end of line";
			case END -> "end of input";
			default -> text;
			};
		}
	}

	private static final String PUNCTUATION = "{};,=@()!&|<>[]+";

	private NftTokenizer() {
	}

	public static List<Token> tokenize(String text, String source) throws NftParseException {
		List<Token> tokens = new ArrayList<>();
		int line = 1;
		int lineStart = 0;
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			int column = i - lineStart + 1;
			if (c == '\n') {
				tokens.add(new Token(Kind.NEWLINE, "\n", line, column));
				line++;
				lineStart = i + 1;
				i++;
			} else if (c == ' ' || c == '\t' || c == '\r') {
				i++;
			} else if (c == '\\' && i + 1 < n && text.charAt(i + 1) == '\n') {
				// a continued line in an nft script
				i += 2;
				line++;
				lineStart = i;
			} else if (c == '#') {
				while (i < n && text.charAt(i) != '\n') {
					i++;
				}
			} else if (c == '"') {
				int start = i + 1;
				int end = start;
				while (end < n && text.charAt(end) != '"' && text.charAt(end) != '\n') {
					end++;
				}
				if (end >= n || text.charAt(end) != '"') {
					throw new NftParseException(source, line, column, "unterminated string: add the closing '\"'");
				}
				tokens.add(new Token(Kind.STRING, text.substring(start, end), line, column));
				i = end + 1;
			} else if (c < 0x20 || c == 0x7f) {
				throw new NftParseException(source, line, column,
						String.format("unexpected control character U+%04X: the input is not nft text", (int) c));
			} else if (PUNCTUATION.indexOf(c) >= 0) {
				if ((c == '!' || c == '=' || c == '<' || c == '>') && i + 1 < n && text.charAt(i + 1) == '=') {
					tokens.add(new Token(Kind.PUNCT, text.substring(i, i + 2), line, column));
					i += 2;
				} else {
					tokens.add(new Token(Kind.PUNCT, String.valueOf(c), line, column));
					i++;
				}
			} else {
				int start = i;
				while (i < n) {
					char d = text.charAt(i);
					if (d == ' ' || d == '\t' || d == '\r' || d == '\n' || d == '"' || d == '#' || d < 0x20
							|| PUNCTUATION.indexOf(d) >= 0) {
						break;
					}
					i++;
				}
				tokens.add(new Token(Kind.WORD, text.substring(start, i), line, column));
			}
		}
		tokens.add(new Token(Kind.END, "", line, n - lineStart + 1));
		return tokens;
	}
}
