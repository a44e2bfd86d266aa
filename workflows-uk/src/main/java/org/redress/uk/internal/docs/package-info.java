/** The UK pack's document builders. Not API: use {@code UkPack.buildDocument} or the planner. */
package org.redress.uk.internal.docs;
