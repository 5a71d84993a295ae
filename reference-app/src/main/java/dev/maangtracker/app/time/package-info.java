/** The application's clock, one bean so tests can move time instead of sleeping. */
package dev.maangtracker.app.time;
