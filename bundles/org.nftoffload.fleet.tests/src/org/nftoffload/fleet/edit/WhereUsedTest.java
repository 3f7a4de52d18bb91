package org.nftoffload.fleet.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nftoffload.model.Host;

class WhereUsedTest {

	@Test
	void anInterfaceIsUsedByFlowtableRuleBindingAndVlan() {
		SampleFleet sample = new SampleFleet("edge1", "edge2");
		Host edge1 = sample.host(0);
		List<String> usages = WhereUsed.of(edge1.getInterfaces().get(0), sample.fleet).stream()
				.map(u -> u.where() + ": " + WhereUsed.kind(u.user()) + " / " + WhereUsed.featureName(u.feature())).toList();
		assertEquals(List.of("edge1: interface / lower devices", "edge1: flowtable / devices",
				"edge1: rule / input interfaces", "edge1: role binding / devices"), usages);
	}

	@Test
	void aFlowtableIsUsedByItsRulesAndAHostByItsGroups() {
		SampleFleet sample = new SampleFleet("edge1");
		Host edge1 = sample.host(0);
		assertEquals(List.of("rule"), WhereUsed.of(edge1.getFlowtables().get(0), sample.fleet).stream()
				.map(u -> WhereUsed.kind(u.user())).toList());
		assertEquals(List.of("fleet: members"), WhereUsed.of(edge1, sample.fleet).stream()
				.map(u -> u.where() + ": " + WhereUsed.featureName(u.feature())).toList());
	}
}
