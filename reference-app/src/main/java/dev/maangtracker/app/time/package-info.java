/**
 * Time as the application sees it: one clock bean so tests can move time instead of sleeping, and each user's
 * time zone, in which the user's days are counted.
 */
package dev.maangtracker.app.time;
