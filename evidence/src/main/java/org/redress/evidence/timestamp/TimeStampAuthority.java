package org.redress.evidence.timestamp;

import java.io.IOException;

/**
 * An RFC 3161 time-stamp authority. Implementations send a time-stamp request for a SHA-256 digest and return the
 * authority's token, which anyone can check with {@code openssl ts -verify}.
 *
 * @since 1.0
 */
public interface TimeStampAuthority {

    /**
     * Time-stamps a SHA-256 digest.
     *
     * @param sha256 the 32-byte digest of the data to time-stamp
     * @return the DER-encoded RFC 3161 {@code TimeStampToken} (a CMS SignedData), checked against the request
     * @throws IOException when the authority cannot be reached or answers with an error or a token that does not
     *     match the request
     */
    byte[] timeStamp(byte[] sha256) throws IOException;
}
