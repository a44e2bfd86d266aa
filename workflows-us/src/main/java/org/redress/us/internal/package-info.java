/** Internals of the United States pack: route data loading, planning rules, state profiles, document builders. Not API. */
package org.redress.us.internal;
