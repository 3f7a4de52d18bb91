package org.nftoffload.fleet.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nftoffload.fleet.ops.DataPlaneCheck.Verdict;
import org.nftoffload.fleet.ops.DataPlaneCheck.Window;
import org.nftoffload.model.Flowtable;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.NetworkInterface;

/** The verdicts of the data-plane check from the windows before and after an apply. */
class DataPlaneCheckTest {

	@Test
	void trafficThatFallsByMoreThanNinetyPercentStopsTheConfirm() {
		DataPlaneCheck check = DataPlaneCheck.compare(new Window(5000, 4800, 3), new Window(40, 0, 0), null);
		assertEquals(Verdict.STOPPED, check.verdict());
		assertFalse(check.confirmable());
		assertTrue(check.summary().contains("5000 pkt/s in, 4800 pkt/s out, 3 offloaded flow(s)"), check.summary());
	}

	@Test
	void trafficThatStillMovesIsConfirmableAlsoWhenItsFlowsAreNotOffloadedYet() {
		DataPlaneCheck check = DataPlaneCheck.compare(new Window(5000, 4800, 3), new Window(900, 850, 0), null);
		assertEquals(Verdict.MOVING, check.verdict());
		assertTrue(check.confirmable());
	}

	@Test
	void anIdleLinkHasNothingToCompareAndIsConfirmable() {
		DataPlaneCheck check = DataPlaneCheck.compare(new Window(4, 2, 0), new Window(0, 0, 0), null);
		assertEquals(Verdict.IDLE, check.verdict());
		assertTrue(check.confirmable());
		// traffic in one direction only (nothing forwarded out) is no forwarded traffic either
		assertEquals(Verdict.IDLE, DataPlaneCheck.compare(new Window(9000, 0, 0), new Window(0, 0, 0), null).verdict());
	}

	@Test
	void countersUnreadableAfterTheApplyButReadableBeforeAreNotConfirmable() {
		DataPlaneCheck check = DataPlaneCheck.compare(new Window(5000, 4800, 3), null, "no statistics sample arrived");
		assertEquals(Verdict.UNKNOWN, check.verdict());
		assertFalse(check.confirmable());
		assertTrue(check.summary().contains("no statistics sample arrived"), check.summary());
	}

	@Test
	void countersUnreadableBeforeTheApplyLeaveOnlyTheLogin() {
		DataPlaneCheck check = DataPlaneCheck.compare(null, null, null);
		assertEquals(Verdict.NOT_WATCHED, check.verdict());
		assertTrue(check.confirmable());
	}

	@Test
	void theWatchedDevicesAreThoseOfTheHostsFlowtablesOnce() {
		Host host = ModelFactory.eINSTANCE.createHost();
		assertEquals(List.of(), DataPlaneCheck.devices(host));
		NetworkInterface wan = device(host, "wan0");
		NetworkInterface lan = device(host, "lan0");
		device(host, "mgmt0");
		for (String name : List.of("ft", "ft2")) {
			Flowtable flowtable = ModelFactory.eINSTANCE.createFlowtable();
			flowtable.setName(name);
			flowtable.getDevices().add(wan);
			flowtable.getDevices().add(lan);
			host.getFlowtables().add(flowtable);
		}
		assertEquals(List.of("lan0", "wan0"), DataPlaneCheck.devices(host), "not the management interface");
	}

	private static NetworkInterface device(Host host, String name) {
		NetworkInterface device = ModelFactory.eINSTANCE.createNetworkInterface();
		device.setName(name);
		host.getInterfaces().add(device);
		return device;
	}
}
