package org.nftoffload.fleet.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.HostGroup;

/** The wizard's preview: the rendered script before and after, and nothing changes on the host. */
class ProfilePreviewTest {

	private final ProfileFleet f = new ProfileFleet(1);

	@Test
	void thePreviewShowsTheNewTableAndTheGroupsValueWithoutTouchingTheHost() {
		HostGroup eu = f.group("edge-eu", f.host(0));
		ProfileFleet.settings(eu).setPriority(-10);
		Host host = f.host(0);
		Fleet before = EcoreUtil.copy(f.fleet);
		ProfileApplication.HostPlan plan = ProfileApplication.plan(ProfileValues.of(f.fleet), f.profile, host,
				RoleMappings.suggest(host, f.profile));
		ProfilePreview preview = ProfilePreview.of(plan);

		assertNull(preview.error());
		assertTrue(preview.changes().contains("+ flowtable inet ft"), preview.changes().toString());
		assertTrue(preview.changes().contains("~ sysctl TCP flow timeout: unset -> 30"), preview.changes().toString());
		String diff = preview.unifiedDiff();
		assertTrue(diff.startsWith("--- now/r0\n+++ with profile/r0\n"), diff);
		assertTrue(diff.contains("+\t\thook ingress priority -10"), diff);
		assertTrue(diff.contains("+\t\tdevices = { \"lan0\", \"wan\" }"), diff);
		assertTrue(EcoreUtil.equals(before, f.fleet), "a preview changes nothing");
	}

	@Test
	void reapplyingTheSameProfileShowsNoChange() {
		Host host = f.host(0);
		ProfileValues values = ProfileValues.of(f.fleet);
		var plan = ProfileApplication.plan(values, f.profile, host, RoleMappings.suggest(host, f.profile));
		var domain = ProfileFleet.domain();
		domain.getCommandStack().execute(ProfileApplication.command(domain, "apply", List.of(plan)));
		ProfilePreview again = ProfilePreview.of(ProfileApplication.plan(values, f.profile, host,
				RoleMappings.suggest(host, f.profile)));
		assertEquals(List.of(), again.changes());
		assertEquals("", again.unifiedDiff());
	}
}
