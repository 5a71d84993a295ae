/** The append-only activity log of each user and the daily streaks computed from it in the user's time zone. */
package dev.maangtracker.tracker.activity;
