/**
 * RFC 3161 trusted time-stamps: the {@link org.redress.evidence.timestamp.TimeStampAuthority} interface and clients.
 *
 * @since 1.0
 */
@NullMarked
package org.redress.evidence.timestamp;

import org.jspecify.annotations.NullMarked;
