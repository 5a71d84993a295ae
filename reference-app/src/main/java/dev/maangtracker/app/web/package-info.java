/** Cross-cutting HTTP filters: request ids and request body size limits. */
package dev.maangtracker.app.web;
