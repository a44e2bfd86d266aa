/** The United States jurisdiction pack. */
package org.redress.us;
