package org.nftoffload.cli.internal.commands;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points {@code user.home} at a test's own home for each test and back afterwards, so that the
 * commands read the test's SSH key and known_hosts and never the user's. The home is supplied
 * late: test classes make it in {@code @BeforeAll}.
 */
final class TestUserHome implements BeforeEachCallback, AfterEachCallback {

	private final Supplier<Path> home;
	private String saved;

	TestUserHome(Supplier<Path> home) {
		this.home = home;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		saved = System.getProperty("user.home");
		System.setProperty("user.home", home.get().toString());
	}

	@Override
	public void afterEach(ExtensionContext context) {
		System.setProperty("user.home", saved);
	}
}
