/** The Maang Tracker reference service: HTTP API, WebSocket interviews and pages, composed through the starter. */
package dev.maangtracker.app;
