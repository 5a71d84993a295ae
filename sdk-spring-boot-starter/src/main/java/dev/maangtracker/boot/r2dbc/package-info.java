/**
 * Shared R2DBC plumbing of the starter's PostgreSQL repositories: JSON columns, SQL value
 * conversions and the mapping of database errors to the SDK's typed errors. Depends on no other
 * starter package, so every repository package can use it without cycles.
 */
package dev.maangtracker.boot.r2dbc;
