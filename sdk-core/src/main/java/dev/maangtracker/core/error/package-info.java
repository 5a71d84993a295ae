/** The one exception hierarchy every SDK method fails with; the app maps it to RFC 9457 problem details. */
package dev.maangtracker.core.error;
