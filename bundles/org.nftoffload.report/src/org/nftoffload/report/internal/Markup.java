package org.nftoffload.report.internal;

import java.io.IOException;
import java.io.Writer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes XHTML through the JDK's StAX writer, which escapes every text and attribute value: report
 * content (names, comments, stderr) is user data and never becomes markup. Elements are always
 * written with an end tag, except HTML's void elements, so that browsers (HTML parser) and
 * openhtmltopdf (XML parser) read the same tree.
 */
final class Markup {

	private static final java.util.Set<String> VOID = java.util.Set.of("meta", "br", "hr", "col");

	private final XMLStreamWriter xml;

	Markup(Writer out) throws IOException {
		try {
			xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
	}

	Markup raw(String doctype) throws IOException {
		try {
			xml.writeDTD(doctype);
			xml.writeCharacters("\n");
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return this;
	}

	/** Opens {@code tag} with attributes given as name, value pairs (null values are left out). */
	Markup open(String tag, String... attributes) throws IOException {
		try {
			if (VOID.contains(tag)) {
				xml.writeEmptyElement(tag);
			} else {
				xml.writeStartElement(tag);
			}
			for (int i = 0; i + 1 < attributes.length; i += 2) {
				if (attributes[i + 1] != null) {
					xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
				}
			}
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return this;
	}

	Markup end() throws IOException {
		try {
			xml.writeEndElement();
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return this;
	}

	Markup text(String text) throws IOException {
		try {
			xml.writeCharacters(clean(text == null ? "" : text));
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
		return this;
	}

	/** {@code <tag attrs>text</tag>}. */
	Markup element(String tag, String text, String... attributes) throws IOException {
		return open(tag, attributes).text(text).end();
	}

	Markup newline() throws IOException {
		return text("\n");
	}

	void flush() throws IOException {
		try {
			xml.flush();
		} catch (XMLStreamException e) {
			throw new IOException(e);
		}
	}

	/**
	 * Characters that XML 1.0 cannot carry at all (control characters, lone surrogates) become
	 * U+FFFD: no escaping could make them legal, and the PDF's XML parser would reject the file.
	 */
	static String clean(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean ok;
			if (Character.isHighSurrogate(c)) {
				ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
				if (ok) {
					if (out != null) {
						out.append(c).append(text.charAt(i + 1));
					}
					i++;
					continue;
				}
			} else if (Character.isLowSurrogate(c)) {
				ok = false;
			} else {
				ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
			}
			if (!ok && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				out.append(ok ? c : '\uFFFD');
			}
		}
		return out == null ? text : out.toString();
	}
}
