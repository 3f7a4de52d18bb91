package org.nftoffload.remote;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;

/**
 * One authenticated SSH session to one host (through its jump host, if any). Commands given here
 * are built by this bundle from constants and validated values only; nothing typed by a user or
 * read from a fleet file reaches them unchecked.
 */
public final class SshConnection implements Closeable {

	private final String name;
	private final String user;
	private final Session session;
	private final Session jump;
	private final Duration commandTimeout;

	SshConnection(String name, String user, Session session, Session jump, Duration commandTimeout) {
		this.name = name;
		this.user = user;
		this.session = session;
		this.jump = jump;
		this.commandTimeout = commandTimeout;
	}

	public String name() {
		return name;
	}

	public String user() {
		return user;
	}

	public boolean isConnected() {
		return session.isConnected() && (jump == null || jump.isConnected());
	}

	/** Runs a command with {@code stdin} as its input and waits at most the command timeout. */
	public ExecResult exec(String command, byte[] stdin) throws RemoteException {
		return exec(command, stdin, commandTimeout);
	}

	public ExecResult exec(String command, byte[] stdin, Duration timeout) throws RemoteException {
		try (RemoteProcess process = start(command)) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			Thread errReader = Thread.ofVirtual().start(() -> copy(process.stderr(), err));
			Thread outReader = Thread.ofVirtual().start(() -> copy(process.stdout(), out));
			try (OutputStream in = process.stdin()) {
				if (stdin != null) {
					in.write(stdin);
				}
			}
			long deadline = System.nanoTime() + timeout.toNanos();
			outReader.join(Math.max(1, timeout.toMillis()));
			errReader.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
			if (outReader.isAlive() || errReader.isAlive()) {
				throw new RemoteException(name, "command did not finish within " + timeout.toSeconds() + " s: " + command);
			}
			int status = process.waitFor(Duration.ofMillis(Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
			return new ExecResult(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new RemoteException(name, "running '" + command + "' failed: " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new RemoteException(name, "interrupted while running '" + command + "'", e);
		}
	}

	private static void copy(InputStream from, ByteArrayOutputStream to) {
		try {
			from.transferTo(to);
		} catch (IOException e) {
			// The channel closed; what was read is kept.
		}
	}

	/** Starts a command whose streams the caller drives (the agent). */
	public RemoteProcess start(String command) throws RemoteException {
		try {
			ChannelExec channel = (ChannelExec) session.openChannel("exec");
			channel.setCommand(command);
			InputStream stdout = channel.getInputStream();
			InputStream stderr = channel.getErrStream();
			OutputStream stdin = channel.getOutputStream();
			channel.connect((int) Math.min(Integer.MAX_VALUE, commandTimeout.toMillis()));
			return new RemoteProcess(channel, stdin, stdout, stderr);
		} catch (JSchException | IOException e) {
			throw new RemoteException(name, "could not start '" + command + "': " + e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		session.disconnect();
		if (jump != null) {
			jump.disconnect();
		}
	}

	/** A running remote command. */
	public static final class RemoteProcess implements Closeable {
		private final ChannelExec channel;
		private final OutputStream stdin;
		private final InputStream stdout;
		private final InputStream stderr;

		RemoteProcess(ChannelExec channel, OutputStream stdin, InputStream stdout, InputStream stderr) {
			this.channel = channel;
			this.stdin = stdin;
			this.stdout = stdout;
			this.stderr = stderr;
		}

		public OutputStream stdin() {
			return stdin;
		}

		public InputStream stdout() {
			return stdout;
		}

		public InputStream stderr() {
			return stderr;
		}

		/** The exit status, or -1 when the command has not ended within {@code timeout}. */
		public int waitFor(Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (!channel.isClosed() && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			return channel.isClosed() ? channel.getExitStatus() : -1;
		}

		@Override
		public void close() {
			channel.disconnect();
		}
	}
}
