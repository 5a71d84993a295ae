/** User accounts: who owns every interview, memory and progress record, and the port that stores them. */
package dev.maangtracker.core.user;
