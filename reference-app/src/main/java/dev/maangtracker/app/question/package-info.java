/** {@code /api/v1/questions}: the question bank's public side and a question picked for the caller. */
package dev.maangtracker.app.question;
