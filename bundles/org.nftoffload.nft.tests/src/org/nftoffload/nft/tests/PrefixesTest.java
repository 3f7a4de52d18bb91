package org.nftoffload.nft.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nftoffload.nft.internal.Prefixes;

class PrefixesTest {

	@Test
	void aRangeTheKernelMergedBecomesThePrefixesAgain() {
		assertEquals(List.of("10.1.0.0/16", "10.2.0.0/16"), Prefixes.normalize(List.of("10.1.0.0-10.2.255.255")));
	}

	@Test
	void adjacentPrefixesMergeAndHostsLoseTheirLength() {
		assertEquals(List.of("10.0.0.0/15", "192.168.1.1"),
				Prefixes.normalize(List.of("192.168.1.1/32", "10.1.0.0/16", "10.0.0.0/16")));
	}

	@Test
	void ipv6IsWrittenTheWayNftListsIt() {
		assertEquals(List.of("10.0.0.0/8", "2001:db8::/32", "fd00::/8"),
				Prefixes.normalize(List.of("fd00::/8", "2001:0DB8:0000::/32", "10.0.0.0/8")));
		assertEquals(List.of("2001:db8::/47"), Prefixes.normalize(List.of("2001:db8::-2001:db8:1:ffff:ffff:ffff:ffff:ffff")));
	}

	@Test
	void hostBitsAreCleared() {
		assertEquals(List.of("10.0.0.0/8"), Prefixes.normalize(List.of("10.1.2.3/8")));
	}

	@Test
	void namesAndMixedRangesAreRefused() {
		assertNull(Prefixes.normalize(List.of("router.example")));
		assertNull(Prefixes.normalize(List.of("10.0.0.1-2001:db8::1")));
		assertNull(Prefixes.normalize(List.of("10.0.0.9-10.0.0.1")));
		// releng/fuzz.sh found this one throwing NumberFormatException instead
		assertNull(Prefixes.normalize(List.of(":db8::", "fd00::/8")));
	}
}
