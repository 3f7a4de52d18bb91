package org.nftoffload.nft.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nftoffload.nft.NftNames;

class NftNamesTest {

	@Test
	void keywordsAreNotNames() {
		// nft 1.0.6 reads "chain fwd" as a syntax error (fwd is a statement)
		assertFalse(NftNames.isValidObjectName("fwd"));
		assertFalse(NftNames.isValidObjectName("flowtable"));
		assertTrue(NftNames.isValidObjectName("VYOS_FLOWTABLE_FT0"));
		assertTrue(NftNames.isValidObjectName("ft-lan_1"));
		assertFalse(NftNames.isValidObjectName("1ft"));
		assertFalse(NftNames.isValidObjectName("ft;reboot"));
	}

	@Test
	void deviceNamesFollowLinuxRulesAndAllowATrailingWildcard() {
		assertTrue(NftNames.isValidDeviceName("pppoe-wan"));
		assertTrue(NftNames.isValidDeviceName("eth0.7"));
		assertTrue(NftNames.isValidDeviceName("lan*"));
		assertFalse(NftNames.isValidDeviceName("sixteen-chars-xx"));
		assertFalse(NftNames.isValidDeviceName("l*n"));
		assertFalse(NftNames.isValidDeviceName("eth0\""));
		assertFalse(NftNames.isValidDeviceName(".."));
	}

	@Test
	void commentsAndPrefixes() {
		assertTrue(NftNames.isValidComment("lan to wan, unmarked"));
		assertFalse(NftNames.isValidComment("say \"hi\""));
		assertFalse(NftNames.isValidComment("x".repeat(129)));
		assertEquals(4, NftNames.prefixFamily("192.168.0.0/16"));
		assertEquals(6, NftNames.prefixFamily("::ffff:10.0.0.1"));
		assertEquals(0, NftNames.prefixFamily("256.1.1.1"));
		assertEquals(0, NftNames.prefixFamily("10.0.0.0/33"));
		assertEquals(0, NftNames.prefixFamily("localhost"));
		assertEquals(6, NftNames.prefixFamily("fd00::"));
		assertEquals(6, NftNames.prefixFamily("::1"));
		// found by releng/fuzz.sh: a lone colon at an end is no address (the set normaliser threw on it)
		assertEquals(0, NftNames.prefixFamily(":db8::"));
		assertEquals(0, NftNames.prefixFamily("2001:db8:"));
		assertEquals(0, NftNames.prefixFamily(":1:2:3:4:5:6:7"));
	}
}
