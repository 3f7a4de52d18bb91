package org.nftoffload.fleet.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.nftoffload.model.ApplyStatus;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;

/** How Apply and Rollback results become each host's last apply, as one undoable command. */
class ApplyResultsCommandTest {

	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());

	private static List<Host> hosts(String... names) {
		List<Host> hosts = new ArrayList<>();
		for (String name : names) {
			Host host = ModelFactory.eINSTANCE.createHost();
			host.setName(name);
			hosts.add(host);
		}
		return hosts;
	}

	private static HostResult result(String host, HostResult.Status status, String reason) {
		return new HostResult(host, status, reason, 0, null);
	}

	@Test
	void everyEndOfAnApplyIsRecordedAndOneUndoTakesAllBack() {
		List<Host> hosts = hosts("a", "b", "c", "d", "e");
		Date when = new Date(1_700_000_000_000L);
		Command command = ApplyResultsCommand.create(domain, ApplyResultsCommand.Operation.APPLY, hosts, List.of(
				result("a", HostResult.Status.SUCCESS, "applied and confirmed 17 (2 change(s))"),
				result("b", HostResult.Status.FAILED, "not touched: the live ruleset changed"),
				result("c", HostResult.Status.ROLLED_BACK, "not confirmed in time"),
				result("d", HostResult.Status.SKIPPED, "not touched: the model has validation errors"),
				result("e", HostResult.Status.PENDING, "waiting for the confirm"),
				result("gone", HostResult.Status.SUCCESS, "a host no longer in the list")), when);
		domain.getCommandStack().execute(command);
		assertEquals(List.of(ApplyStatus.APPLIED, ApplyStatus.FAILED, ApplyStatus.ROLLED_BACK, ApplyStatus.SKIPPED,
				ApplyStatus.PENDING), hosts.stream().map(Host::getLastApplyStatus).toList());
		assertEquals("applied and confirmed 17 (2 change(s))", hosts.get(0).getLastApplyMessage());
		hosts.forEach(h -> assertEquals(when, h.getLastApplyTime(), h.getName()));

		domain.getCommandStack().undo();
		for (Host host : hosts) {
			assertEquals(ApplyStatus.NEVER, host.getLastApplyStatus());
			assertNull(host.getLastApplyTime());
			assertNull(host.getLastApplyMessage());
		}
		assertFalse(domain.getCommandStack().canUndo(), "it was one command");
	}

	@Test
	void aRollbackRecordsOnlyWhatItEnded() {
		List<Host> hosts = hosts("done", "idle", "stuck");
		Date applied = new Date(1_700_000_000_000L);
		domain.getCommandStack().execute(ApplyResultsCommand.create(domain, ApplyResultsCommand.Operation.APPLY, hosts,
				List.of(result("done", HostResult.Status.PENDING, "p"), result("idle", HostResult.Status.SUCCESS, "ok"),
						result("stuck", HostResult.Status.PENDING, "p")), applied));
		Date now = new Date(applied.getTime() + 60_000);
		domain.getCommandStack().execute(ApplyResultsCommand.create(domain, ApplyResultsCommand.Operation.ROLLBACK, hosts,
				List.of(result("done", HostResult.Status.SUCCESS, "restored the previous table"),
						result("idle", HostResult.Status.SKIPPED, "nothing to roll back"),
						result("stuck", HostResult.Status.FAILED, "rollback_failed: nft refused")), now));
		assertEquals(ApplyStatus.ROLLED_BACK, hosts.get(0).getLastApplyStatus());
		assertEquals(now, hosts.get(0).getLastApplyTime());
		assertEquals(ApplyStatus.APPLIED, hosts.get(1).getLastApplyStatus(), "nothing was pending: the apply stands");
		assertEquals("ok", hosts.get(1).getLastApplyMessage());
		assertEquals(ApplyStatus.PENDING, hosts.get(2).getLastApplyStatus(), "a failed rollback leaves the apply waiting");
		assertEquals(applied, hosts.get(2).getLastApplyTime());
		assertEquals("rollback failed: rollback_failed: nft refused", hosts.get(2).getLastApplyMessage());
	}

	@Test
	void resultsThatChangeNothingAreNoCommand() {
		Command command = ApplyResultsCommand.create(domain, ApplyResultsCommand.Operation.ROLLBACK, hosts("a"),
				List.of(result("a", HostResult.Status.SKIPPED, "nothing to roll back")), new Date());
		assertFalse(command.canExecute());
	}

	@Test
	void theGenerationOfAnApplyIsRecordedSoThatALaterRollbackNamesIt() {
		List<Host> hosts = hosts("a", "b");
		List<HostResult> results = List.of(
				new HostResult("a", HostResult.Status.PENDING, "waiting for the confirm", 0,
						java.util.Map.of("generation", "1700000000-7-a1")),
				result("b", HostResult.Status.SKIPPED, "not touched: the model has validation errors"));
		assertEquals(java.util.Map.of(hosts.get(0), "1700000000-7-a1"), FleetOperations.generations(hosts, results));
		domain.getCommandStack().execute(ApplyResultsCommand.create(domain, ApplyResultsCommand.Operation.APPLY, hosts,
				results, new Date()));
		assertEquals("1700000000-7-a1", hosts.get(0).getLastApplyGeneration());
		assertNull(hosts.get(1).getLastApplyGeneration(), "no apply, no generation");
		assertEquals(java.util.Map.of(hosts.get(0), "1700000000-7-a1"), FleetOperations.lastApplyGenerations(hosts));
		domain.getCommandStack().undo();
		assertNull(hosts.get(0).getLastApplyGeneration());
	}
}
