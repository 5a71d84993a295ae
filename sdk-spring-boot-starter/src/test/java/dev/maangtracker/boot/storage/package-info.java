/** Tests of the R2DBC storage: auto-configuration, error mapping and the shared scratch database. */
package dev.maangtracker.boot.storage;
