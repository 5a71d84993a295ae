/** User accounts in the starter: the repository bean, in memory unless full mode (PostgreSQL over R2DBC) or the application provides one. */
package dev.maangtracker.boot.user;
