/** {@code /api/v1/judge}: running code on a problem's visible tests, and the verdicts of interview answers. */
package dev.maangtracker.app.judge;
