/** What the interview engine may know about a candidate: known weaknesses and relevant past answers. */
package dev.maangtracker.core.candidate;
