package org.nftoffload.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.nftoffload.remote.agent.AgentClient;
import org.nftoffload.remote.agent.AgentLineReader;
import org.nftoffload.remote.agent.AgentRequest;

/**
 * What a host sends is bounded: a line longer than the limit fails that host's session with a
 * message naming the host and the limit, closes the session, and is not buffered to its end.
 */
class AgentLineLimitTest {

	private static final String HELLO_ANSWER = "{\"id\":\"c1\",\"ok\":true,\"code\":\"ok\",\"message\":\"m\",\"stderr\":\"\","
			+ "\"data\":{\"agent\":\"nft-offload-agent\",\"protocol_version\":1}}\n";

	/** A host that prints 'x' without end, counting what was read from it. */
	private static final class EndlessOutput extends InputStream {
		final AtomicLong read = new AtomicLong();

		@Override
		public int read() {
			read.incrementAndGet();
			return 'x';
		}

		@Override
		public int read(byte[] b, int off, int len) {
			Arrays.fill(b, off, off + len, (byte) 'x');
			read.addAndGet(len);
			return len;
		}
	}

	@Test
	void aLineOverTheDefaultLimitFailsTheHostWithItsNameAndClosesTheSession() throws Exception {
		ByteArrayOutputStream longLine = new ByteArrayOutputStream();
		byte[] filler = new byte[1 << 20];
		Arrays.fill(filler, (byte) 'x');
		for (int i = 0; i < AgentLineReader.DEFAULT_MAX_LINE / filler.length; i++) {
			longLine.write(filler);
		}
		longLine.write('x');
		longLine.write('\n');
		longLine.write(HELLO_ANSWER.getBytes(StandardCharsets.US_ASCII));
		CountDownLatch closed = new CountDownLatch(1);
		try (AgentClient client = new AgentClient("edge-7", new ByteArrayInputStream(longLine.toByteArray()),
				new ByteArrayOutputStream(), closed::countDown)) {
			IOException e = assertThrows(IOException.class, () -> client.call(new AgentRequest.Hello(), Duration.ofSeconds(30)));
			assertTrue(e.getMessage().contains("edge-7") && e.getMessage().contains("longer than 16777216 bytes"),
					e.getMessage());
			assertTrue(closed.await(10, TimeUnit.SECONDS), "the session is closed");
			assertFalse(client.isAlive());
		}
	}

	@Test
	void aHostPrintingWithoutEndIsCutOffAtTheLimit() throws Exception {
		EndlessOutput host = new EndlessOutput();
		CountDownLatch closed = new CountDownLatch(1);
		try (AgentClient client = new AgentClient("edge-8", host, new ByteArrayOutputStream(), closed::countDown, 4096)) {
			IOException e = assertThrows(IOException.class, () -> client.call(new AgentRequest.Hello(), Duration.ofSeconds(30)));
			assertTrue(e.getMessage().contains("edge-8") && e.getMessage().contains("longer than 4096 bytes"), e.getMessage());
			assertTrue(closed.await(10, TimeUnit.SECONDS), "the session is closed");
			// the limit plus at most one read buffer; nothing more is taken from the host
			assertTrue(host.read.get() <= 4096 + 8192, host.read.get() + " bytes read");
		}
	}

	@Test
	void aLineOfExactlyTheLimitIsReadAndOneByteMoreIsNot() throws Exception {
		String atLimit = "y".repeat(100);
		AgentLineReader reader = new AgentLineReader(stream(atLimit + "\n" + atLimit + "z\n"), 100);
		assertEquals(atLimit, reader.readLine());
		AgentLineReader.LineTooLongException e = assertThrows(AgentLineReader.LineTooLongException.class, reader::readLine);
		assertEquals(100, e.limit());
	}

	@Test
	void linesAreSplitAtLfOnlyAndTheUnterminatedRestIsTheLastLine() throws Exception {
		AgentLineReader reader = new AgentLineReader(stream("a\r\n\nb\u00e9\rc\nlast"), 16);
		assertEquals("a", reader.readLine(), "a CR before the LF is dropped");
		assertEquals("", reader.readLine());
		assertEquals("b\u00e9\rc", reader.readLine());
		assertEquals("last", reader.readLine());
		assertNull(reader.readLine());
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
