package org.nftoffload.nft.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nftoffload.model.Host;
import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.RulesetImporter;

/**
 * For every fixture and every table in it that has flowtables: import it as if the console owned that
 * table, render, parse the rendered script and import again. Both models must be equal, and rendering
 * the second must give the same bytes.
 */
class RoundTripTest {

	record Case(Path fixture, String family, String table) {
		@Override
		public String toString() {
			return fixture.getFileName() + " " + family + " " + table;
		}
	}

	static Stream<Case> tablesWithFlowtables() throws Exception {
		List<Case> cases = new ArrayList<>();
		for (Path fixture : Fixtures.rulesets()) {
			LiveRuleset live = NftTextParser.parse(Fixtures.read(fixture), fixture.getFileName().toString());
			for (LiveRuleset.Table table : live.tables()) {
				if (!table.flowtables().isEmpty()) {
					cases.add(new Case(fixture, table.family(), table.name()));
				}
			}
		}
		assertTrue(cases.size() >= 7, "fixtures should give at least 7 tables with flowtables: " + cases);
		return cases.stream();
	}

	@ParameterizedTest
	@MethodSource("tablesWithFlowtables")
	void renderParseImportGivesTheSameModel(Case c) throws Exception {
		LiveRuleset live = NftTextParser.parse(Fixtures.read(c.fixture()), c.fixture().toString());
		// only the table under test: other tables of the fixture would be observed, not rendered
		LiveRuleset only = new LiveRuleset(List.of(live.table(c.family(), c.table()).orElseThrow()), List.of());
		Host first = RulesetImporter.importRuleset(only, "h", c.table()).host();
		assertFalse(first.getFlowtables().isEmpty());

		String script = NftRenderer.render(first);
		LiveRuleset reparsed = NftTextParser.parse(script, "rendered " + c);
		Host second = RulesetImporter.importRuleset(reparsed, "h", c.table()).host();

		assertModelEquals(first.getFlowtables(), second.getFlowtables());
		assertModelEquals(first.getRules(), second.getRules());
		assertModelEquals(first.getInterfaces(), second.getInterfaces());
		assertTrue(second.getObservedTables().isEmpty(), "the rendered script must hold only the console's table");
		assertEquals(script, NftRenderer.render(second));
	}

	/**
	 * What the kernel lists back differs in form from what was rendered (protocol numbers, set order,
	 * merged prefixes); imported and rendered again it must give the very script that was applied.
	 */
	@org.junit.jupiter.api.Test
	void whatTheLabKernelListedRendersToTheAppliedScript() throws Exception {
		LiveRuleset applied = NftTextParser.parse(Fixtures.read("console-owned-beside-fw4.nft"), "fixture");
		Host original = RulesetImporter.importRuleset(applied, "lab", "nftoffload").host();
		org.nftoffload.nft.tests.lab.RenderFixtures.useLabPorts(original, List.of("lan0", "wan0"));
		LiveRuleset listed = NftTextParser.parse(Fixtures.read("lab-listed-console-table.nft"), "listed");
		RulesetImporter.ImportResult imported = RulesetImporter.importRuleset(listed, "lab", "nftoffload");
		assertTrue(imported.warnings().isEmpty(), imported.warnings()::toString);
		assertEquals(NftRenderer.render(original), NftRenderer.render(imported.host()));
	}

	private static void assertModelEquals(List<? extends EObject> expected, List<? extends EObject> actual) {
		assertEquals(expected.size(), actual.size());
		for (int i = 0; i < expected.size(); i++) {
			EObject e = expected.get(i);
			EObject a = actual.get(i);
			assertTrue(EcoreUtil.equals(e, a), () -> "differs after the round trip: " + e + " vs " + a);
		}
	}
}
