package org.nftoffload.nft;

/**
 * The host's desired state cannot be written as nft text (an invalid name, a rule without flowtable...).
 * Nothing is rendered then: a partial script is never produced. The validator reports the same
 * problems with advice; this exception is the last line of defence.
 */
public final class NftRenderException extends Exception {

	private static final long serialVersionUID = 1L;

	public NftRenderException(String message) {
		super(message);
	}
}
