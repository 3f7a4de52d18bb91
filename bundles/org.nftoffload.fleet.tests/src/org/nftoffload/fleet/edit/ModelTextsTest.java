package org.nftoffload.fleet.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nftoffload.model.Host;

class ModelTextsTest {

	@Test
	void labelsSayWhatEachThingIs() {
		SampleFleet sample = new SampleFleet("edge1");
		Host edge1 = sample.host(0);
		edge1.getTags().addAll(List.of("edge", "dc1"));
		assertEquals("edge1  edge1.invalid  [edge, dc1]", ModelTexts.label(edge1));
		assertEquals("lan0 (veth, hw offload: no)", ModelTexts.label(edge1.getInterfaces().get(0)));
		assertEquals("lan0.10 (vlan, on lan0, hw offload: unknown)", ModelTexts.label(edge1.getInterfaces().get(2)));
		assertEquals("ft (inet, software offload, counter)  devices: lan0, wan0", ModelTexts.label(edge1.getFlowtables().get(0)));
		assertEquals("tcp, udp → @ft  lan0 → wan0  \"offload established lan to wan\"",
				ModelTexts.label(edge1.getRules().get(0)));
		assertEquals("dc1  (group, 1 host)", ModelTexts.label(sample.group()));
		assertEquals("lan → lan0", ModelTexts.label(edge1.getRoleBindings().get(0)));
	}

	@Test
	void theProbesDryRunVerdictAndTheLastApplyShow() {
		SampleFleet sample = new SampleFleet("edge1", "edge2");
		Host edge1 = sample.host(0);
		org.nftoffload.model.NetworkInterface wan = edge1.getInterfaces().get(1);
		wan.setDriver("mlx5_core");
		wan.setHwTcOffload(org.nftoffload.model.HwTcOffloadState.ON);
		wan.setHardwareOffloadVerdict(org.nftoffload.model.HardwareOffloadVerdict.NOT_SUPPORTED);
		assertEquals("wan0 (physical, mlx5_core, hw offload: no)", ModelTexts.label(wan), "the dry run wins over hw-tc-offload");
		edge1.setLastApplyStatus(org.nftoffload.model.ApplyStatus.ROLLED_BACK);
		assertEquals("edge1  edge1.invalid  last apply: rolled back", ModelTexts.label(edge1));
		org.nftoffload.model.HostGroup all = SampleFleet.F.createHostGroup();
		all.setName("all");
		all.getSubgroups().add(sample.group());
		assertEquals("all  (group, 0 hosts, subgroups dc1)", ModelTexts.label(all));
	}

	@Test
	void longCommentsAreCut() {
		SampleFleet sample = new SampleFleet("edge1");
		sample.host(0).getRules().get(0).setComment("offload established connections from the lan to the internet");
		assertEquals("tcp, udp → @ft  lan0 → wan0  \"offload established connections…\"",
				ModelTexts.label(sample.host(0).getRules().get(0)));
	}
}
