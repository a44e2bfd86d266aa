/** RFC 3161 trusted time-stamps: the {@link org.redress.core.timestamp.TimeStampAuthority} interface and clients. */
package org.redress.core.timestamp;
