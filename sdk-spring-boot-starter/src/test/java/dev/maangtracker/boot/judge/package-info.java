/** Tests of the R2DBC code submission repository. */
package dev.maangtracker.boot.judge;
