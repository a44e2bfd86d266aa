/**
 * X-ARF v4 abuse reports for hosting providers' abuse desks ({@link org.redress.interchange.xarf.XarfReports}).
 */
package org.redress.interchange.xarf;
