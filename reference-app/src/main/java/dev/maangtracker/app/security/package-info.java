/** Spring Security for the API: JWT bearer authentication, roles, CORS, headers and problem responses for 401/403. */
package dev.maangtracker.app.security;
