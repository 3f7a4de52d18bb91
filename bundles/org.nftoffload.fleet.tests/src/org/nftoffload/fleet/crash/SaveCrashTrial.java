package org.nftoffload.fleet.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.nftoffload.fleet.FleetFileException;
import org.nftoffload.fleet.FleetFiles;
import org.nftoffload.model.Fleet;

/**
 * The save-crash trial: a {@link SaveLoop} JVM saves a fleet file over and over and is killed with
 * SIGKILL at a random moment, {@code kills} times; after each kill the file must load and be a whole
 * generation, either the last one the loop reported saved or the one it was writing. Prints one line
 * per kill and a summary. Usage: {@code SaveCrashTrial KILLS DIR [SEED]} with the class path of
 * the model, fleet and EMF (see releng/save-crash.sh).
 */
public final class SaveCrashTrial {

	/** How one trial ended. {@code asOld}: the file held the last reported save; {@code asNew}: the one after it. */
	public record Result(int kills, int asOld, int asNew, List<String> failures, int leftoverTempFiles,
			long savesReported) {
		public boolean passed() {
			return failures.isEmpty() && asOld + asNew == kills;
		}

		public String summary() {
			return "save-crash: " + kills + " kill -9 during saves, " + (asOld + asNew) + " loaded whole (" + asOld
					+ " as the old version, " + asNew + " as the new), " + failures.size() + " failed; "
					+ savesReported + " saves completed in all, " + leftoverTempFiles
					+ " temporary file(s) left by killed saves";
		}
	}

	private SaveCrashTrial() {
	}

	public static void main(String[] args) throws Exception {
		int kills = Integer.parseInt(args[0]);
		Path dir = Path.of(args[1]);
		long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
		System.out.println("save-crash: seed " + seed);
		Result result = run(dir, kills, System.getProperty("java.class.path"), new Random(seed), System.out::println);
		System.out.println(result.summary());
		result.failures().forEach(f -> System.out.println("FAILED: " + f));
		System.exit(result.passed() ? 0 : 1);
	}

	/**
	 * Runs the trial in {@code dir} with {@code classpath} for the victim JVMs; {@code log} gets one
	 * line per kill.
	 */
	public static Result run(Path dir, int kills, String classpath, Random random, java.util.function.Consumer<String> log)
			throws IOException, InterruptedException, FleetFileException {
		Path file = dir.resolve("crash.nftfleet");
		FleetFiles.save(SaveLoop.generation(0), file);
		int asOld = 0;
		int asNew = 0;
		long saves = 0;
		List<String> failures = new ArrayList<>();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		for (int kill = 1; kill <= kills; kill++) {
			Process victim = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classpath,
					SaveLoop.class.getName(), file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
			BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8));
			// a victim that hangs before its first save is killed, so that readLine returns
			CompletableFuture<Void> watchdog = CompletableFuture.runAsync(victim::destroyForcibly,
					CompletableFuture.delayedExecutor(60, TimeUnit.SECONDS));
			String ready = out.readLine();
			long started = System.nanoTime();
			String first = ready == null ? null : out.readLine();
			long oneSave = System.nanoTime() - started;
			watchdog.cancel(false);
			if (ready == null || !ready.startsWith("ready ") || first == null || !first.startsWith("saved ")) {
				victim.destroyForcibly();
				failures.add("kill " + kill + ": the save loop did not start (" + ready + ", " + first + ")");
				continue;
			}
			long lastSaved = Long.parseLong(first.substring(6));
			saves++;
			// the moment of the kill: anywhere in the next save or the one after, however fast this machine saves
			long deadline = System.nanoTime() + (long) (random.nextDouble() * 1.5 * oneSave);
			Thread reader = readSaves(out);
			while (System.nanoTime() < deadline) {
				Thread.onSpinWait();
			}
			victim.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
			if (!victim.waitFor(30, TimeUnit.SECONDS)) {
				failures.add("kill " + kill + ": the save loop did not die within 30 s");
				continue;
			}
			reader.join(TimeUnit.SECONDS.toMillis(30));
			long reported = lastReported(reader, lastSaved);
			saves += reported - lastSaved;
			Fleet loaded;
			try {
				loaded = FleetFiles.load(file);
			} catch (FleetFileException e) {
				failures.add("kill " + kill + ": the file does not load after the kill: " + e.getMessage());
				// go on from a good file so that the other kills still count
				FleetFiles.save(SaveLoop.generation(reported), file, FleetFiles.IfChanged.OVERWRITE);
				continue;
			}
			long found = SaveLoop.number(loaded);
			boolean whole = SaveLoop.isWhole(loaded);
			String outcome;
			if (whole && found == reported) {
				asOld++;
				outcome = "old";
			} else if (whole && found == reported + 1) {
				asNew++;
				outcome = "new";
			} else {
				outcome = "BAD";
				failures.add("kill " + kill + ": the file holds generation " + found + (whole ? "" : " torn")
						+ " where " + reported + " (old) or " + (reported + 1) + " (new) was expected");
			}
			log.accept("kill " + kill + ": last reported save " + reported + ", file holds " + found + " (" + outcome + ")");
		}
		int temps;
		try (Stream<Path> files = Files.list(dir)) {
			temps = (int) files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
		}
		return new Result(kills, asOld, asNew, List.copyOf(failures), temps, saves);
	}

	/** Reads the victim's {@code saved N} lines until it dies; {@link #lastReported} gives the last N. */
	private static Thread readSaves(BufferedReader out) {
		Thread reader = new Thread(() -> {
			try {
				String line;
				while ((line = out.readLine()) != null) {
					if (line.startsWith("saved ")) {
						LAST.set(Long.parseLong(line.substring(6)));
					}
				}
			} catch (IOException e) {
				// the pipe breaks with the kill
			}
		}, "save-crash reader");
		LAST.set(-1);
		reader.start();
		return reader;
	}

	private static final java.util.concurrent.atomic.AtomicLong LAST = new java.util.concurrent.atomic.AtomicLong(-1);

	private static long lastReported(Thread reader, long lastSaved) {
		long last = LAST.get();
		return last < 0 ? lastSaved : last;
	}
}
