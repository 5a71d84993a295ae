/** Start-up failure analysis: misconfigured {@code maang.*} properties explained, with what to do. */
package dev.maangtracker.boot.diagnostics;
