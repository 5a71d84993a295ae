/** RFC 9457 problem details: the one place every error becomes {@code application/problem+json}. */
package dev.maangtracker.app.error;
