/** The caller's analytics: the dashboard, progress over time and per difficulty, and interview history with trends. */
package dev.maangtracker.app.analytics;
