/**
 * The question bank: coding problems with judge test cases, behavioral and HR questions, and system design prompts
 * with rubrics, loaded from JSON files shipped in this jar and optionally merged with user files.
 */
package dev.maangtracker.core.question;
