/** Internals of the custody log: RFC 8785 JSON canonicalisation and RFC 3161 token checks. Not API. */
package org.redress.evidence.custody.internal;
