/** The United Kingdom jurisdiction pack. */
package org.redress.uk;
