/**
 * The NGO intake web app: a person logs incidents, preserves evidence, reads their plan and downloads their papers.
 * Built on Javalin (Jetty); HTML rendered on the server so that it works without JavaScript.
 */
package org.redress.examples.web;
