/**
 * The {@code redress} command-line tool: a real program built on the published Redress artifacts. Each command is
 * one class; {@link org.redress.examples.cli.RedressCli} wires them and maps failures to the documented exit codes.
 */
package org.redress.examples.cli;
