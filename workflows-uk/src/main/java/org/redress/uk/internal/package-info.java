/** Internals of the UK pack: route data loading, the planning rules and the document builders. Not API. */
package org.redress.uk.internal;
