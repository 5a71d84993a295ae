/** Tests of the R2DBC user account repository. */
package dev.maangtracker.boot.user;
