/** Tests of the tracker's R2DBC repositories. */
package dev.maangtracker.boot.tracker;
