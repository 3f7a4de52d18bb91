package org.nftoffload.nft.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.nft.LiveRuleset;
import org.nftoffload.nft.NftNames;
import org.nftoffload.nft.NftRenderException;
import org.nftoffload.nft.NftRenderer;
import org.nftoffload.nft.NftTextParser;
import org.nftoffload.nft.OffloadValidator;
import org.nftoffload.nft.Problem;
import org.nftoffload.nft.RulesetImporter;

/**
 * One rule per kind of value: the console's table name is what the agent protocol accepts (so a
 * host fails in validation, not after connecting); rule comments are what nft accepts in a quoted
 * string (they travel in the base64 ruleset and never reach a shell); host names are unique.
 */
class NamingRulesTest {

	private static List<Diagnostic> errors(org.eclipse.emf.ecore.EObject root, Problem problem) {
		return OffloadValidator.validate(root).getChildren().stream().filter(d -> d.getCode() == problem.code()).toList();
	}

	private static List<String> allMessages(Host host) {
		return OffloadValidator.validate(host).getChildren().stream().map(Diagnostic::getMessage).toList();
	}

	@Test
	void anImportedRuleCommentedWithBracketsIsNoProblemAndRendersBackUnchanged() throws Exception {
		String comment = "offload (ticket 4711)";
		LiveRuleset live = NftTextParser.parse("table inet nftoffload {\n flowtable ft {\n  hook ingress priority filter\n"
				+ "  devices = { \"lan1\", \"wan\" }\n }\n chain forward {\n  type filter hook forward priority filter; policy accept;\n"
				+ "  meta l4proto { tcp, udp } flow add @ft comment \"" + comment + "\"\n }\n}\n", "r1 (live)");
		Host imported = RulesetImporter.importRuleset(live, "r1", "nftoffload").host();
		assertEquals(comment, imported.getRules().get(0).getComment());
		assertTrue(errors(imported, Problem.METACHARACTER).isEmpty(), allMessages(imported)::toString);

		Host router = Hosts.router("r1");
		router.getRules().get(0).setComment(comment);
		assertEquals(Diagnostic.OK, OffloadValidator.validate(router).getSeverity(), allMessages(router)::toString);
		String rendered = NftRenderer.renderTables(router);
		assertTrue(rendered.contains("comment \"" + comment + "\""), rendered);
		assertEquals(comment, NftTextParser.parse(rendered, "rendered").offloadRules().get(0).comment());
	}

	@Test
	void commentsTakeAnyTextButQuotesAndLineBreaksUpTo128Bytes() {
		for (String fine : List.of("offload (ticket 4711)", "lan; wan & dmz | $HOME `x` 'y' {z} [q] #1 *? ~ \\ !",
				"tab\tinside", "\u00e9".repeat(64), "x".repeat(128))) {
			assertNull(NftNames.commentProblem(fine), fine);
		}
		assertTrue(NftNames.commentProblem("say \"hi\"").contains("'\"'"));
		assertTrue(NftNames.commentProblem("two\nlines").contains("line break"));
		assertTrue(NftNames.commentProblem("cr\rhere").contains("line break"));
		assertTrue(NftNames.commentProblem("nul\u0000").contains("U+0000"));
		// 65 characters but 130 bytes: nft counts bytes
		assertTrue(NftNames.commentProblem("\u00e9".repeat(65)).contains("130 bytes"));
		assertFalse(NftNames.isValidComment("x".repeat(129)));
	}

	@Test
	void aCommentNftWouldRefuseIsStillAnErrorAndTheRendererRefusesIt() {
		Host router = Hosts.router("r1");
		router.getRules().get(0).setComment("two\nlines");
		List<Diagnostic> found = errors(router, Problem.METACHARACTER);
		assertEquals(1, found.size(), allMessages(router)::toString);
		assertTrue(found.get(0).getMessage().contains("comment contains a line break"), found.get(0).getMessage());
		assertThrows(NftRenderException.class, () -> NftRenderer.renderTables(router));
	}

	@Test
	void aTableNameTheAgentRefusesIsAValidationError() {
		for (String refused : List.of("nft-offload", "x".repeat(33), "_t", "1t", "table", "t.1")) {
			Host router = Hosts.router("r1");
			router.setTableName(refused);
			List<Diagnostic> found = errors(router, Problem.INVALID_NAME);
			assertEquals(1, found.size(), () -> refused + ": " + allMessages(router));
			assertTrue(found.get(0).getMessage().contains("'" + refused + "'") && found.get(0).getMessage().contains("at most 32"),
					found.get(0).getMessage());
			assertThrows(NftRenderException.class, () -> NftRenderer.render(router), refused);
		}
		for (String accepted : List.of("nftoffload", "x".repeat(32), "Edge_1")) {
			Host router = Hosts.router("r1");
			router.setTableName(accepted);
			assertEquals(Diagnostic.OK, OffloadValidator.validate(router).getSeverity(), () -> accepted + ": " + allMessages(router));
		}
	}

	@Test
	void flowtableNamesKeepNftsWiderRule() {
		Host router = Hosts.router("r1");
		router.getFlowtables().get(0).setName("ft-lan");
		assertEquals(Diagnostic.OK, OffloadValidator.validate(router).getSeverity(), allMessages(router)::toString);
	}

	@Test
	void hostsSharingANameAreBothErrorsNamingBothHosts() {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		Host first = Hosts.router("edge");
		first.setAddress("10.0.0.1");
		Host second = Hosts.router("edge");
		second.setAddress("10.0.0.2");
		second.setPort(2222);
		fleet.getHosts().add(first);
		fleet.getHosts().add(Hosts.router("other"));
		fleet.getHosts().add(second);
		assertEquals(2, errors(fleet, Problem.DUPLICATE_NAME).size(), "one error on each of the two hosts");
		List<Diagnostic> onSecond = errors(second, Problem.DUPLICATE_NAME);
		assertEquals(1, onSecond.size(), "validating the host alone finds it (Apply does that before connecting)");
		String message = onSecond.get(0).getMessage();
		assertTrue(message.contains("number 3 in the fleet, 10.0.0.2:2222") && message.contains("number 1 in the fleet, 10.0.0.1")
				&& message.contains("rename one"), message);
		assertTrue(errors(fleet.getHosts().get(1), Problem.DUPLICATE_NAME).isEmpty());
	}
}
