package org.nftoffload.fleet.edit;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Names for copies and new objects that no sibling has yet: {@code edge1-copy}, {@code edge1-copy2},
 * {@code ft-copy}; every result is also a valid nft name when the base is.
 */
public final class UniqueNames {

	private final Set<String> taken;

	public UniqueNames(Collection<String> taken) {
		this.taken = new HashSet<>(taken);
	}

	/** {@code base} itself when free, otherwise {@code base}{@code suffix}, {@code base}{@code suffix}2, ...; reserved from then on. */
	public String next(String base, String suffix) {
		String stem = base == null || base.isBlank() ? "unnamed" : base;
		String name = stem;
		for (int n = 1; taken.contains(name); n++) {
			name = stem + suffix + (n == 1 ? "" : String.valueOf(n));
		}
		taken.add(name);
		return name;
	}

	/** A copy's name: never the original's, so {@code edge1} becomes {@code edge1-copy} even when that is the only host. */
	public String copyOf(String original) {
		String stem = original == null || original.isBlank() ? "unnamed" : original;
		taken.add(stem);
		return next(stem, "-copy");
	}
}
