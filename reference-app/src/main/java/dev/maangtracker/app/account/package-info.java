/** The signed-in user's own account: {@code /api/v1/me}, its export, and its deletion with all its data. */
package dev.maangtracker.app.account;
