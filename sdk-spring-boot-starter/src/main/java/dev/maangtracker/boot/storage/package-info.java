/** PostgreSQL storage over R2DBC: the auto-configuration of every repository and their shared helpers. */
package dev.maangtracker.boot.storage;
