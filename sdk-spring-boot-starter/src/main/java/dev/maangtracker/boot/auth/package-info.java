/** Refresh-token storage for the app's sign-in: the port, its in-memory default and the Redis adapter. */
package dev.maangtracker.boot.auth;
