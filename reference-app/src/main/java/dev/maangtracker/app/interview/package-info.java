/** {@code /api/v1/interviews}: mock interviews over HTTP, from creation through answers to the report. */
package dev.maangtracker.app.interview;
