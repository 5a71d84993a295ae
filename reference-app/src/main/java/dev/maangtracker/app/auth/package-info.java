/** Registration, sign-in, token refresh with rotation and reuse detection, and sign-out. */
package dev.maangtracker.app.auth;
