package org.nftoffload.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;
import org.nftoffload.model.ModelPackage;

/**
 * The document tells its listeners once per UI tick however many notifications a burst brings: a
 * 1,000-host edit queues one dispatch, not one per notification.
 */
class FleetDocumentTest {

	/** Stands for Display.asyncExec: keeps what was queued, runs it when the test says. */
	private static final class Queue implements java.util.concurrent.Executor {
		final List<Runnable> queued = new ArrayList<>();

		@Override
		public void execute(Runnable task) {
			queued.add(task);
		}

		void runAll() {
			List<Runnable> now = new ArrayList<>(queued);
			queued.clear();
			now.forEach(Runnable::run);
		}
	}

	private static FleetDocument documentWithHosts(Queue queue, int hosts) {
		FleetDocument document = new FleetDocument(queue);
		List<Host> all = new ArrayList<>();
		for (int i = 0; i < hosts; i++) {
			Host host = ModelFactory.eINSTANCE.createHost();
			host.setName("edge" + i);
			all.add(host);
		}
		document.commandStack().execute(AddCommand.create(document.domain(), document.fleet(),
				ModelPackage.Literals.FLEET__HOSTS, all));
		queue.runAll();
		return document;
	}

	@Test
	void aThousandHostEditQueuesOneDispatch() {
		Queue queue = new Queue();
		FleetDocument document = documentWithHosts(queue, 1000);
		List<FleetDocument.Changes> told = new ArrayList<>();
		int[] plain = new int[1];
		document.addChangeListener((d, changes) -> told.add(changes));
		document.addListener(d -> plain[0]++);

		CompoundCommand edit = new CompoundCommand();
		for (Host host : document.fleet().getHosts()) {
			edit.append(SetCommand.create(document.domain(), host, ModelPackage.Literals.HOST__PORT, 2022));
			edit.append(SetCommand.create(document.domain(), host, ModelPackage.Literals.HOST__NOTES, "rack 9"));
		}
		document.commandStack().execute(edit);

		assertEquals(1, queue.queued.size(), "2,000 notifications and a command stack change: one queued dispatch");
		queue.runAll();
		assertEquals(1, told.size());
		assertEquals(1, plain[0]);
		assertTrue(told.get(0).everything(), "more than is worth listing: the parts refresh as a whole");
		assertFalse(told.get(0).replaced());
	}

	@Test
	void aSmallEditListsItsNotifications() {
		Queue queue = new Queue();
		FleetDocument document = documentWithHosts(queue, 3);
		List<FleetDocument.Changes> told = new ArrayList<>();
		document.addChangeListener((d, changes) -> told.add(changes));
		Host host = document.fleet().getHosts().get(1);

		document.commandStack().execute(SetCommand.create(document.domain(), host, ModelPackage.Literals.HOST__PORT, 2022));
		queue.runAll();

		assertEquals(1, told.size());
		assertFalse(told.get(0).everything());
		assertEquals(List.of(host), told.get(0).notifications().stream().map(n -> n.getNotifier()).toList());
	}

	@Test
	void flushTellsNowAndTheQueuedDispatchThenDoesNothing() {
		Queue queue = new Queue();
		FleetDocument document = documentWithHosts(queue, 1);
		int[] told = new int[1];
		document.addListener(d -> told[0]++);
		document.commandStack().execute(SetCommand.create(document.domain(), document.fleet().getHosts().get(0),
				ModelPackage.Literals.HOST__PORT, 2022));

		document.flush();
		assertEquals(1, told[0]);
		queue.runAll();
		assertEquals(1, told[0], "nothing new happened since the flush");
	}
}
