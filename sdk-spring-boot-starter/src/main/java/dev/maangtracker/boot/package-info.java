/** Spring Boot auto-configuration that wires the Maang Tracker SDK to its infrastructure. */
package dev.maangtracker.boot;
