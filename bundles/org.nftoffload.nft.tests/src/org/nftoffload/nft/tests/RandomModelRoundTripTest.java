package org.nftoffload.nft.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.nftoffload.model.Host;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.OffloadValidator;
import org.nftoffload.nft.RulesetImporter;

/**
 * Random valid hosts (families, priorities, flags, devices, rules with prefixes, exclusions and
 * comments): render, parse, import and render again must give the same script. Fixed seed.
 */
class RandomModelRoundTripTest {

	@Test
	void randomValidHostsSurviveRenderParseImport() throws Exception {
		Random random = new Random(1125L);
		for (int round = 0; round < 300; round++) {
			Host host = RandomHosts.host(random, round);
			Diagnostic check = OffloadValidator.validate(host);
			assertTrue(check.getSeverity() < Diagnostic.ERROR,
					() -> "generator made an invalid host: " + check.getChildren().stream().map(Diagnostic::getMessage).toList());
			String script = NftRenderer.render(host);
			Host again = RulesetImporter.importRuleset(NftTextParser.parse(script, "round " + round), host).host();
			assertEquals(script, NftRenderer.render(again), "round " + round);
			assertEquals(host.getFlowtables().size(), again.getFlowtables().size());
		}
	}
}
