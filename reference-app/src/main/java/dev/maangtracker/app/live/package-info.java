/** Live interviews over WebSocket ({@code /ws/interviews/{id}}): handshake security, frames, the socket handler. */
package dev.maangtracker.app.live;
