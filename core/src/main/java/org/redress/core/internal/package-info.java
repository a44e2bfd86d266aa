/** Implementation details of {@code redress-core}. Not API: may change in any release. */
package org.redress.core.internal;
