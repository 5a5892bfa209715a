/** The {@code govreply} command line (picocli); not an API: nothing imports this package. */
package dev.govreply.cli;
