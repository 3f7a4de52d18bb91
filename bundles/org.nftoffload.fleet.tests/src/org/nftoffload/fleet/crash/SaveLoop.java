package org.nftoffload.fleet.crash;

import java.nio.file.Path;

import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;
import org.nftoffload.model.Host;
import org.nftoffload.model.ModelFactory;

/**
 * The victim of the save-crash trial, run in a JVM of its own: loads the fleet file, then saves
 * generation after generation of it with {@link FleetFiles#save} until it is killed, printing
 * {@code saved N} once each save has returned. Each generation's content follows from its number
 * ({@link #generation}), so that whoever loads the file afterwards can tell a whole generation from a
 * torn one. Usage: {@code SaveLoop FILE}.
 */
public final class SaveLoop {

	/** Hosts per generation: enough that a save takes long enough to be killed in the middle of it. */
	static final int HOSTS = 300;

	private SaveLoop() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		Fleet fleet = FleetFiles.load(file);
		long next = number(fleet) + 1;
		System.out.println("ready " + (next - 1));
		System.out.flush();
		while (true) {
			Fleet written = generation(next);
			// the loaded fleet is the one saved, so that the conflict check sees its own previous save
			fleet.setName(written.getName());
			fleet.getHosts().clear();
			fleet.getHosts().addAll(written.getHosts());
			FleetFiles.save(fleet, file);
			System.out.println("saved " + next);
			System.out.flush();
			next++;
		}
	}

	/** The fleet of generation {@code n}: its name and every host say {@code n}; the host count varies with it. */
	static Fleet generation(long n) {
		Fleet fleet = ModelFactory.eINSTANCE.createFleet();
		fleet.setName("generation " + n);
		int hosts = HOSTS + (int) (n % 7);
		for (int i = 0; i < hosts; i++) {
			Host host = ModelFactory.eINSTANCE.createHost();
			host.setName("g" + n + "-r" + i);
			host.setAddress("10." + (n % 200) + "." + (i / 250) + "." + (i % 250 + 1));
			host.setNotes("generation " + n + ", host " + i + " of " + hosts);
			fleet.getHosts().add(host);
		}
		return fleet;
	}

	/** The generation a loaded fleet claims to be; {@link #isWhole} says whether all of it is. */
	static long number(Fleet fleet) {
		return Long.parseLong(fleet.getName().substring("generation ".length()));
	}

	/** Whether {@code fleet} is exactly generation {@link #number}, nothing missing, nothing of another. */
	static boolean isWhole(Fleet fleet) {
		long n = number(fleet);
		Fleet expected = generation(n);
		if (fleet.getHosts().size() != expected.getHosts().size()) {
			return false;
		}
		for (int i = 0; i < expected.getHosts().size(); i++) {
			Host want = expected.getHosts().get(i);
			Host got = fleet.getHosts().get(i);
			if (!want.getName().equals(got.getName()) || !want.getAddress().equals(got.getAddress())
					|| !want.getNotes().equals(got.getNotes())) {
				return false;
			}
		}
		return true;
	}
}
