/**
 * Text machinery behind the answer analytics (tokens, sentences, phrase matching, word lists); not API,
 * used only by {@code dev.maangtracker.core.analytics}.
 */
package dev.maangtracker.core.analytics.internal;
