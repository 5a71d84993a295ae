/** Forgetting: deleting memories (one, a session's, all of a user's) and age/importance decay. */
package dev.maangtracker.rag.forget;
