/** Internals of the evidence vault: durable file writes and the segmented encryption format. Not API. */
package org.redress.evidence.internal;
