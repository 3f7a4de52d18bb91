package org.nftoffload.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nftoffload.nft.NftNames;
import org.nftoffload.remote.agent.AgentRequest;

/**
 * The validator's table rule and the protocol client's are one: every name the validator accepts
 * can be sent, so a host never passes validation only to be refused after connecting.
 */
class TableNameRuleTest {

	private static boolean requestAccepts(String table) {
		try {
			new AgentRequest.RulesetGet("text", null, table);
			return true;
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	@Test
	void everyTableNameTheValidatorAcceptsIsOneTheProtocolAccepts() {
		for (String name : List.of("nftoffload", "a", "Z9_", "x".repeat(32), "x".repeat(33), "nft-offload", "_t", "1t",
				"t.1", "t 1", "t\u00e9", "table", "flowtable", "")) {
			if (NftNames.isValidTableName(name)) {
				assertEquals(true, requestAccepts(name), name);
			}
			assertEquals(NftNames.TABLE_NAME.matcher(name).matches(), requestAccepts(name), name);
		}
	}
}
