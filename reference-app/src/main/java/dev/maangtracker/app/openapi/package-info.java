/** The OpenAPI description of the API (springdoc), with its bearer-token security scheme. */
package dev.maangtracker.app.openapi;
